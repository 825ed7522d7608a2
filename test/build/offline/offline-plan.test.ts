import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { networkTimeoutMs, offlinePlan, workerSource } from '../../../src/build/offline/offline-plan.ts';

const text = (s: string) => new TextEncoder().encode(s);
const page = (body: string) =>
  text(`<html><head><link rel="icon" href="/x/favicon.svg" type="image/svg+xml"></head><body>${body}</body></html>`);
const site = new Map<string, Uint8Array>([
  ['index.html', page('<script type="module">import("/x/_astro/a.js")</script>')],
  [
    'chapters/c/index.html',
    page(
      '<scrolly-story data-frames="/x/chapters/c/wide-frames.svg"></scrolly-story><script type="module">import("/x/_astro/a.js"),import("/x/_astro/b.js")</script>',
    ),
  ],
  ['chapters/c/wide-frames.svg', text('<svg/>')],
  ['handout/c/index.html', page('<img src="/x/handout/c/qr.svg" alt="">')],
  ['embed/s/index.html', page('')],
  ['404.html', page('')],
  ['ru/index.html', page('<script type="module">import("/x/_astro/a.js")</script>')],
  ['ru/404.html', page('')],
  ['_astro/a.js', text('a')],
  ['_astro/b.js', text('b')],
  ['favicon.svg', text('<svg/>')],
  ['handout/c/qr.svg', text('<svg/>')],
  ['downloads/big.png', text('png')],
]);

describe('offlinePlan', () => {
  it("keeps every page of the edition but its embeds and 404, by its folder's address, every script, and the images, icon and wide frames its pages load", () => {
    expect(offlinePlan(site, '/x/', 'en').precache).toEqual([
      'chapters/c/',
      'handout/c/',
      './',
      '_astro/a.js',
      '_astro/b.js',
      'chapters/c/wide-frames.svg',
      'favicon.svg',
      'handout/c/qr.svg',
    ]);
    expect(offlinePlan(site, '/x/', 'ru').precache).toEqual(['./', '../_astro/a.js', '../_astro/b.js', '../favicon.svg']);
  });

  it('names each edition’s caches apart and waits 3 seconds for the network', () => {
    const [en, ru] = [offlinePlan(site, '/x/', 'en'), offlinePlan(site, '/x/', 'ru')];
    expect([en.cachePrefix, ru.cachePrefix]).toEqual(['offline-en', 'offline-ru']);
    expect([en.timeoutMs, networkTimeoutMs]).toEqual([3000, 3000]);
  });

  it('changes its version when a kept file changes, and only then', () => {
    const version = offlinePlan(site, '/x/', 'en').version;
    expect(offlinePlan(new Map(site).set('downloads/big.png', text('other')), '/x/', 'en').version).toBe(version);
    expect(offlinePlan(new Map(site).set('_astro/b.js', text('b2')), '/x/', 'en').version).not.toBe(version);
    expect(offlinePlan(new Map(site).set('handout/c/qr.svg', text('<svg></svg>')), '/x/', 'en').version).not.toBe(version);
  });

  it('refuses a page that loads a file the build did not write', () => {
    const broken = new Map(site).set('chapters/c/index.html', page('<img src="/x/missing.png" alt="">'));
    expect(() => offlinePlan(broken, '/x/', 'en')).toThrow('chapters/c/index.html: loads /x/missing.png, which the build did not write');
  });
});

describe('workerSource', () => {
  /** The events a worker's source listens to, run on its own in a bare context with a stand-in `self`. */
  const listens = (source: string) => {
    const events: string[] = [];
    const self = {
      location: { href: 'https://example.org/x/ru/sw.js', origin: 'https://example.org' },
      addEventListener: (type: string) => events.push(type),
    };
    runInNewContext(source, { self, URL });
    return events;
  };

  it('runs the worker on its plan with nothing but the worker’s own source, and the kill switch when asked', () => {
    expect(listens(workerSource(offlinePlan(site, '/x/', 'ru')))).toEqual(['install', 'activate', 'fetch']);
    expect(listens(workerSource(offlinePlan(site, '/x/', 'ru', true)))).toEqual(['install', 'activate']);
  });
});

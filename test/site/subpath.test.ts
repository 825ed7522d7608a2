import { load, type CheerioAPI } from 'cheerio';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHeadersFile, serveDist, type DistServer } from '../../scripts/serve-dist.mjs';
import { browserSkipReason, sharedChromium } from '../helpers/chromium.ts';
import { builtPages, noscriptOf } from '../helpers/dist.ts';
import { datasets } from '../helpers/datasets.ts';
import { severalStoriesAddress, severalStoriesSite } from '../helpers/several-stories-site.ts';
import { siteUrlsOutsideBase } from '../helpers/outside-base.ts';

// The site as a new publisher puts it on GitHub Pages at https://<user>.github.io/explainer/: built with SITE_URL
// carrying a path, served under that path only, crawled page by page and read in Chromium. The build is the test run's
// copy with a sixth chapter (test/helpers/several-stories-site.ts), which is built for such an address and also
// carries the changed records that the figures tests at the end of this file read.
const { site, base } = severalStoriesAddress;

let dist: string;
let server: DistServer;
/** Every fetched URL on the local server (path + search), with its status and, for HTML, its parsed document. */
const fetched = new Map<string, { status: number; headers: Headers; $?: CheerioAPI; body: string }>();

/** Fetches a path of the local server once, remembering the answer. */
async function get(path: string) {
  const known = fetched.get(path);
  if (known) return known;
  const response = await fetch(server.origin + path);
  // Only text can hold a URL: a PNG's or a zip's bytes (the portable mirror's is megabytes) are not read as text.
  const text = /^(?:text\/|application\/(?:javascript|json|xml)|image\/svg\+xml)/.test(response.headers.get('content-type') ?? '');
  const body = text ? await response.text() : (await response.arrayBuffer(), '');
  const html = response.headers.get('content-type')?.startsWith('text/html');
  const entry = { status: response.status, headers: response.headers, body, ...(html ? { $: load(body) } : {}) };
  fetched.set(path, entry);
  return entry;
}

/** The URLs a page or stylesheet asks for: links, assets, srcset candidates and CSS url()s. */
function references(body: string, $?: CheerioAPI): string[] {
  if (!$) return [...body.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/g)].map(([, , ref]) => ref!).filter((ref) => !ref.startsWith('data:'));
  const refs = $('[href], [src], [srcset]')
    .toArray()
    .flatMap((el) => {
      const $el = $(el);
      const srcset = ($el.attr('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0]!);
      return [$el.attr('href'), $el.attr('src'), ...srcset].filter((ref): ref is string => Boolean(ref));
    });
  // The page's inline CSS, and the scripts its inline loader imports (src/build/postbuild/defer-scripts.ts).
  const css = references($('style').text());
  const scripts = [
    ...$('script[type="module"]:not([src])')
      .text()
      .matchAll(/import\("([^"]+)"\)/g),
  ].map(([, ref]) => ref!);
  // The print stylesheet's link, which waits in a <noscript> on a page with scripts.
  const noscript = $('noscript').length > 0 ? references('', noscriptOf($)) : [];
  return [...refs, ...css, ...scripts, ...noscript];
}

/**
 * The built HTML pages, as URL paths under the base ("/explainer/chapters/x/"). The downloads are files, not pages (the
 * single-file editions: test/site/single-file.test.ts); every file's URLs are checked above all the same.
 */
function builtPagePaths(): string[] {
  return builtPages(dist).map((page) => base + page.path.slice(1));
}

beforeAll(async () => {
  dist = join(severalStoriesSite().dist, '/');
  server = await serveDist(dist, { base });
});

afterAll(async () => {
  await server?.close();
});

describe(`a build for ${site}, served under ${base} only`, () => {
  it('has no root-absolute href, src, srcset, CSS url() or JavaScript path, and no URL on the origin outside the base', () => {
    expect(siteUrlsOutsideBase(dist, site)).toEqual([]);
  });

  it('crawls: every internal link, #anchor and asset on every page resolves under the base', async () => {
    // Start from the home page (and the 404, which nothing links to) and follow everything.
    const queue = [base, `${base}404.html`, `${base}ru/404.html`];
    const seen = new Set(queue);
    const broken: string[] = [];
    const anchors: { from: string; path: string; id: string }[] = [];
    while (queue.length > 0) {
      const path = queue.shift()!;
      const { status, body, $ } = await get(path);
      if (status !== 200) {
        broken.push(`${path}: ${status}`);
        continue;
      }
      const isCss = path.endsWith('.css');
      if (!$ && !isCss) continue;
      for (const ref of references(body, $)) {
        const url = new URL(ref, server.origin + path);
        if (url.origin !== server.origin && !url.href.startsWith(site)) continue;
        // Absolute URLs on the published origin (canonical, og:url) are checked here as the path they name.
        const target = url.origin === server.origin ? url.pathname + url.search : new URL(url.href).pathname;
        if (url.hash.length > 1) anchors.push({ from: path, path: target, id: decodeURIComponent(url.hash.slice(1)) });
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    // Each page's ids, gathered once: the single-file editions alone hold thousands of links into themselves.
    const idsOf = new Map<string, Set<string>>();
    for (const { from, path, id } of anchors) {
      const $ = fetched.get(path)?.$;
      if (!$) continue;
      if (!idsOf.has(path))
        idsOf.set(
          path,
          new Set(
            $('[id]')
              .map((_, el) => $(el).attr('id'))
              .get(),
          ),
        );
      if (!idsOf.get(path)!.has(id)) broken.push(`${from}: ${path}#${id}: no such element`);
    }
    expect(broken).toEqual([]);
    // Every page is reached from the home page, and so are its scripts and images (its CSS is inline).
    for (const page of builtPagePaths()) expect(seen, page).toContain(page);
    expect([...seen].some((p) => p.endsWith('.js'))).toBe(true);
  }, 300_000);

  it('gives every page (but the 404) its canonical URL and og:url under the base, and a social card that exists', async () => {
    for (const path of builtPagePaths()) {
      const { $ } = await get(path);
      const image = $!('meta[property="og:image"]').attr('content')!;
      expect(image.startsWith(site), `${path} og:image ${image}`).toBe(true);
      expect((await get(new URL(image).pathname)).status, image).toBe(200);
      if (path.endsWith('404.html')) continue;
      // A short link (/s/…) sends the reader on at once; its canonical URL is where it leads.
      const leadsTo = /^0; url=(\S+)$/.exec($!('meta[http-equiv="refresh"]').attr('content') ?? '')?.[1];
      const canonical = new URL(leadsTo ?? path, site.replace(base, '/')).href;
      expect($!('link[rel="canonical"]').attr('href'), path).toBe(canonical);
      expect($!('meta[property="og:url"]').attr('content'), path).toBe(canonical);
    }
  }, 300_000);

  it('lists every indexable page in the sitemap, absolute under the base, and robots.txt points at it', async () => {
    const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => url!);
    const index = await get(`${base}sitemap-index.xml`);
    expect(index.status).toBe(200);
    const listed: string[] = [];
    for (const sitemap of locs(index.body)) {
      expect(sitemap.startsWith(site), sitemap).toBe(true);
      const { status, body } = await get(new URL(sitemap).pathname);
      expect(status, sitemap).toBe(200);
      listed.push(...locs(body));
    }
    const indexable: string[] = [];
    for (const path of builtPagePaths()) {
      const { $ } = await get(path);
      if (!path.endsWith('404.html') && !/noindex/.test($!('meta[name="robots"]').attr('content') ?? '')) indexable.push(path);
    }
    const expected = indexable.map((p) => new URL(p, site).href);
    expect(listed.sort()).toEqual(expected.sort());
    for (const url of listed) expect((await get(new URL(url).pathname)).status, url).toBe(200);
    const robots = await get(`${base}robots.txt`);
    expect(robots.body).toMatch(new RegExp(`^Sitemap: ${site}sitemap-index\\.xml$`, 'm'));
  });

  it('answers a missing page under the base with the 404 page, whose links work from any depth', async () => {
    const missing = await get(`${base}chapters/no-such-chapter/`);
    expect(missing.status).toBe(404);
    const home = missing.$!('a.site-name').attr('href');
    expect(home).toBe(base);
    // Under /ru/, the Russian one, as hosts that serve the nearest 404.html do.
    const russian = await get(`${base}ru/chapters/no-such-chapter/`);
    expect(russian.status).toBe(404);
    expect(russian.$!('html').attr('lang')).toBe('ru');
    expect(russian.$!('a.site-name').attr('href')).toBe(`${base}ru/`);
    expect(missing.$!('html').attr('lang')).toBe('en');
    // A missing file under /ru/ gets it too, and a path that climbs out of the folder served gets the site's own.
    expect((await get(`${base}ru/no-such-image.png`)).$!('html').attr('lang')).toBe('ru');
    const climbing = await get(`${base}ru/..%2F..%2F..%2Fno-such/`);
    expect(climbing.status).toBe(404);
    expect(climbing.$!('html').attr('lang')).toBe('en');
    expect((await get(`${base}.nojekyll`)).status).toBe(200);
  });

  it('has _headers rules under the base, which give every page and asset its security headers', async () => {
    const rules = parseHeadersFile(await readFile(join(dist, '_headers'), 'utf8'));
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule.pattern.source.replaceAll('\\/', '/').startsWith(`^${base}`), rule.pattern.source).toBe(true);
    for (const [path, { headers }] of fetched) {
      if (!path.startsWith(base)) continue;
      expect(headers.get('content-security-policy'), path).toContain("object-src 'none'");
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    expect(rules[0]!.pattern.test('/other-site/')).toBe(false);
  });
});

describe.skipIf(browserSkipReason())(`in Chromium, under ${base}`, () => {
  let browser: Browser;
  const problems: string[] = [];
  beforeAll(async () => {
    browser = await sharedChromium();
  });

  /** Opens a page of the local server; records console errors, failed responses and requests elsewhere. */
  async function open(path: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === server.origin) return route.continue();
      problems.push(`${path}: request to another origin: ${url}`);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${path}: console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${path}: ${r.status()} for ${r.url()}`);
    });
    await page.goto(server.origin + path);
    return page;
  }

  /** Waits until `id` is the current step and the sticky figure says it shows it. */
  const expectCurrent = (page: Page, id: string) =>
    page.waitForFunction(
      (stepId) =>
        [...document.querySelectorAll('[aria-current="step"]')].map((el) => el.id).join() === stepId &&
        document.querySelector(`figure[data-chart][data-step-id="${stepId}"]`) !== null,
      id,
      { timeout: 5000 },
    );

  /** The first chapter with more than one step, and its step ids. */
  async function chapter(): Promise<{ path: string; steps: string[] }> {
    const { $ } = await get(base);
    for (const href of $!('.chapter-list a')
      .toArray()
      .map((a) => $!(a).attr('href')!)) {
      const steps = (await get(href)).$!('[data-step]')
        .toArray()
        .map((el) => el.attribs.id!);
      if (steps.length > 1) return { path: href, steps };
    }
    throw new Error('no chapter with steps');
  }

  it('steps through a chapter: each step becomes current and its frame is shown', async () => {
    const { path, steps } = await chapter();
    const page = await open(path);
    for (const id of steps) {
      await page.evaluate((stepId) => document.getElementById(stepId)!.scrollIntoView({ block: 'start' }), id);
      await expectCurrent(page, id);
    }
    await page.context().close();
    expect(problems).toEqual([]);
  });

  it("opens a step's deep link on that step", async () => {
    const { path, steps } = await chapter();
    const last = steps.at(-1)!;
    const page = await open(`${path}#${last}`);
    await expectCurrent(page, last);
    expect(new URL(page.url()).pathname).toBe(path);
    await page.context().close();
    expect(problems).toEqual([]);
  });
});

// Checked here, not in figures.test.ts, to save a whole `astro build`: proving that a changed record leaves no trace
// of its old figure takes a build of a changed copy, and the test run builds one copy for all (the changed records:
// test/helpers/several-stories-site.ts).
describe('a changed record changes every sentence that states it (figures; on the test run’s changed copy)', () => {
  it('removes the old WhatsApp July 2025 figure from every page and prints the new one in the prose', () => {
    const old = datasets.audience.find((r) => r.id === 'reach-2025-07-whatsapp')!;
    expect(old.reach, 'the record the copy changes still says 97.3 in content/data/').toBe(97.3);
    const squash = (text: string) => text.replace(/\s+/g, ' ');
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(5);
    // Anywhere a reader or a screen reader meets it: prose, alt texts, tables, chart labels, meta descriptions.
    for (const file of files) expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(/(?<![\d.])97\.3\s?(?:M|million)\b/);
    const chapter = (slug: string) => load(readFileSync(join(dist, 'chapters', slug, 'index.html'), 'utf8'));
    const ch2 = chapter('who-talks-on-what');
    expect(squash(ch2('#reach-july-2025-whatsapp .step__text').text())).toContain('96.1 million');
    expect(squash(ch2('#reach-july-2025-whatsapp .step__alt').text())).toContain('96.1 million');
    expect(squash(ch2('.dek').text())).toContain('96.1 million');
    expect(squash(chapter('a-country-on-its-phones')('#population-whatsapp-july-2025 .step__text').text())).toContain('96.1 million');
    expect(squash(chapter('the-call-that-didnt-connect')('main').text())).toContain('96.1 million');
  });

  /** Every text file a reader can take away: pages, embeds, handouts, data downloads and SVG graphics. */
  const readable = () =>
    readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(html|csv|json|svg)$/.test(f))
      .map((file) => ({
        file,
        text: readFileSync(join(dist, file), 'utf8')
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' '),
      }));

  it('moves an event’s date everywhere it is printed: prose, alt texts, tables, embeds, downloads', () => {
    expect(datasets.events.find((e) => e.id === 'E19')?.date, 'the record the copy changes').toBe('2022-03-14');
    const files = readable();
    for (const { file, text } of files) expect(text, file).not.toMatch(/\b14 March\b|2022-03-14/);
    const showing = (pattern: RegExp) => files.filter(({ text }) => pattern.test(text)).map(({ file }) => file);
    expect(showing(/Instagram followed on 15 March/)).toContain('chapters/a-decade-of-closing-doors/index.html');
    expect(showing(/Instagram blocked on 15 March 2022/)).toEqual(
      expect.arrayContaining(['chapters/a-decade-of-closing-doors/index.html', 'embed/timeline-2022/index.html']),
    );
    expect(showing(/"2022-03-15"/)).toEqual(
      expect.arrayContaining(['downloads/data/ban-sequence.csv', 'downloads/data/ban-sequence.json']),
    );
  });

  it('changes a count everywhere it is printed', () => {
    expect(datasets.claims.find((c) => c.id === 'na-svyazi-regions-2025-10')?.amount, 'the record the copy changes').toBe(34);
    const files = readable();
    for (const { file, text } of files) expect(text, file).not.toMatch(/\b34 regions/);
    const showing = files.filter(({ text }) => /\b35 regions/.test(text)).map(({ file }) => file);
    expect(showing).toEqual(
      expect.arrayContaining([
        'chapters/a-decade-of-closing-doors/index.html',
        'embed/timeline-2025/index.html',
        'downloads/data/ban-sequence.csv',
      ]),
    );
  });
});

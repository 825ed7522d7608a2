import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/serve-dist.mjs';
import { inlineHashes, metaPolicy, policyWithHashes } from '../../src/build/postbuild/csp-hashes.ts';
import { embedFrameScript } from '../../src/build/kit/embed-frame-script.ts';
import { deferScripts } from '../../src/build/postbuild/defer-scripts.ts';
import { contentSecurityPolicy, headerPolicy, workerPolicy } from '../../src/build/postbuild/content-security-policy.ts';
import { workerPath } from '../../src/offline/register-offline.ts';
import { locales } from '../../src/core/locale.ts';
import { builtPages, distFiles, isEmbedPage } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';

const headers = readFileSync(join(distDir, '_headers'), 'utf8');
const rules = parseHeadersFile(headers);
const header = (name: string, path = '/') => {
  const values = headersFor(rules, path).get(name.toLowerCase()) ?? [];
  if (values.length > 1) throw new Error(`${path} gets ${values.length} ${name} headers`);
  return values[0];
};
const pages = builtPages();
const directives = (policy: string) =>
  Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v.join(' ')]),
  );

describe('security headers (dist/_headers)', () => {
  it('sends a Content-Security-Policy that forbids plugins and framing and names no hash, so every response stays short', () => {
    expect(header('Content-Security-Policy')).toBe(headerPolicy("'none'"));
    expect(header('Content-Security-Policy')).not.toMatch(/sha256|unsafe/);
    // Every directive it sends is the pages' own, or one a <meta> cannot carry: the header never loosens a page's policy.
    const meta = directives(contentSecurityPolicy);
    for (const [name, value] of Object.entries(directives(header('Content-Security-Policy')!)))
      if (name !== 'frame-ancestors') expect(meta[name], name).toBe(value);
  });

  it("sends a chapter's security headers in under 400 B: with at most 14,000 B of HTML, that leaves the status line and the host's own headers some 200 B of a first round trip's 14,600 B", () => {
    // Every rule that reaches a chapter, in bytes as sent (`Name: value` and a line end): what rides with its HTML.
    const sent = [...headersFor(rules, '/chapters/a/').entries()].reduce(
      (bytes, [name, values]) => bytes + values.reduce((sum, value) => sum + name.length + value.length + 4, 0),
      0,
    );
    expect(sent).toBeLessThan(400);
  });

  it.each([
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
  ])('sends %s: %s', (name, value) => expect(header(name)).toBe(value));

  it('turns off camera, microphone and geolocation', () => {
    const policy = header('Permissions-Policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation']) expect(policy).toContain(`${feature}=()`);
  });
});

describe('framing (dist/_headers)', () => {
  const paths = pages.map((p) => p.path);
  const embeds = paths.filter(isEmbedPage);

  it('has an embed page for every step', () => {
    expect(embeds.length).toBeGreaterThan(30);
  });

  it.each(paths.filter((p) => !isEmbedPage(p)))('forbids framing %s', (path) => {
    expect(header('Content-Security-Policy', path)).toBe(headerPolicy("'none'"));
    expect(header('X-Frame-Options', path)).toBe('DENY');
  });

  it.each(embeds)('lets any site frame %s, with one policy that is otherwise the same', (path) => {
    expect(header('Content-Security-Policy', path)).toBe(headerPolicy('*'));
    expect(header('X-Frame-Options', path)).toBeUndefined();
    expect(header('X-Content-Type-Options', path)).toBe('nosniff');
  });

  it('forbids framing the downloads, which are not pages to frame', () => {
    expect(header('Content-Security-Policy', '/downloads/data/user-shares.csv')).toContain("frame-ancestors 'none'");
  });
});

describe('files that are not pages, which carry no <meta> policy', () => {
  it.each(locales)(
    '%s: the offline worker, which obeys only the header sent with its script, may fetch from this origin only',
    (locale) => {
      expect(header('Content-Security-Policy', `/${workerPath(locale)}`)).toBe(workerPolicy);
    },
  );

  // The header's policy restricts no script or style (each page's <meta> does): an image opened as a document must
  // then hold neither, nor anything that runs.
  const images = distFiles().filter((file) => /\.(svg|xml)$/.test(file));
  it('covers every SVG and XML file the build writes', () => expect(images.length).toBeGreaterThan(50));
  it.each(images)('%s holds no script, style, event handler, foreign content or javascript: URL', (file) => {
    expect(readFileSync(join(distDir, file), 'utf8')).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=|<foreignObject|javascript:/i);
  });
});

describe('the Content-Security-Policy', () => {
  const csp = directives(contentSecurityPolicy);
  it('allows scripts from this origin only, never eval nor inline code except by hash', () => {
    expect(csp['script-src']).toBe("'self'");
    for (const page of pages)
      expect(metaPolicy.exec(page.html)?.[1], page.path).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*|https?:/);
  });

  it.each(pages.map((p) => [p.path, p] as const))(
    'is in %s, allowing exactly its own inline styles and scripts by hash; it has no event handler or style attribute',
    (_path, page) => {
      expect(page.$('meta[http-equiv="Content-Security-Policy"]').attr('content')).toBe(
        policyWithHashes(contentSecurityPolicy, inlineHashes(page.html)),
      );
      // The one inline script a page may hold is the loader of its scripts (src/build/postbuild/defer-scripts.ts), or
      // on an embed page the same script as on every other (src/build/kit/embed-frame-script.ts); a chapter's JSON-LD
      // is data, not code.
      const inline = page.$('script:not([src])').not('[type="application/json"], [type="application/ld+json"]');
      expect(inline.length).toBeLessThanOrEqual(1);
      if (isEmbedPage(page.path)) expect(inline.text()).toBe(embedFrameScript);
      else if (inline.length) {
        const sources = [...inline.text().matchAll(/import\("([^"]+)"\)/g)].map((match) => match[1]!);
        // A page with a story carries the loader that can give its scripts up; deferScripts tells them by the element.
        const story = page.$('scrolly-story').length > 0 ? '<scrolly-story></scrolly-story>' : '';
        const written = story + sources.map((src) => `<script type="module" src="${src}"></script>`).join('');
        // Its print stylesheet's link, which waits with the scripts in a <noscript> (text, to a reader with scripting).
        const print = page.$('noscript[data-print]').text();
        const asleep = print && `<noscript data-print>${print}</noscript>`;
        expect(sources.length).toBeGreaterThan(0);
        expect(`${asleep}<body>${story}<script type="module">${inline.text()}</script></body>`).toBe(
          deferScripts(`${print}<body>${written}</body>`),
        );
      }
      const handlers = page
        .$('*')
        .toArray()
        .flatMap((el) => Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}).filter((a) => /^on/i.test(a)));
      expect(handlers).toEqual([]);
      expect(page.$('[style]').length).toBe(0);
    },
  );
});

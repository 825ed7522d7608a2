import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/serve-dist.mjs';
import { inlineHashes, policyWithHashes } from '../../src/build/postbuild/csp-hashes.ts';
import { embedFrameScript } from '../../src/build/kit/embed-frame-script.ts';
import { deferScripts } from '../../src/build/postbuild/defer-scripts.ts';
import { contentSecurityPolicy } from '../../src/build/postbuild/content-security-policy.ts';
import { singleFilePath } from '../../src/build/single/single-file-path.ts';
import { locales } from '../../src/core/locale.ts';
import { builtPages, isEmbedPage } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';

const headers = readFileSync(join(distDir, '_headers'), 'utf8');
const rules = parseHeadersFile(headers);
const header = (name: string, path = '/') => {
  const values = headersFor(rules, path).get(name.toLowerCase()) ?? [];
  if (values.length > 1) throw new Error(`${path} gets ${values.length} ${name} headers`);
  return values[0];
};
const pages = builtPages();
/** The single-file editions, which a host serves like the pages: the same one policy reaches them. */
const singleFiles = locales.map((locale) => readFileSync(join(distDir, singleFilePath(locale)), 'utf8'));
/** Every inline script's and style's hash on any page or single file: what the one policy a host sends must allow. */
const everyHash = {
  scripts: [...new Set([...pages.map((p) => p.html), ...singleFiles].flatMap((html) => inlineHashes(html).scripts))].sort(),
  styles: [...new Set([...pages.map((p) => p.html), ...singleFiles].flatMap((html) => inlineHashes(html).styles))].sort(),
};
const sitePolicy = policyWithHashes(contentSecurityPolicy, everyHash);
const directives = (policy: string) =>
  Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v.join(' ')]),
  );

describe('security headers (dist/_headers)', () => {
  it("sends the pages' Content-Security-Policy, allowing every page's inline styles and scripts by hash, plus frame-ancestors", () => {
    expect(everyHash.styles.length).toBeGreaterThan(0);
    expect(header('Content-Security-Policy')).toBe(`${sitePolicy}; frame-ancestors 'none'`);
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
    expect(header('Content-Security-Policy', path)).toBe(`${sitePolicy}; frame-ancestors 'none'`);
    expect(header('X-Frame-Options', path)).toBe('DENY');
  });

  it.each(embeds)('lets any site frame %s, with one policy that is otherwise the same', (path) => {
    expect(header('Content-Security-Policy', path)).toBe(`${sitePolicy}; frame-ancestors *`);
    expect(header('X-Frame-Options', path)).toBeUndefined();
    expect(header('X-Content-Type-Options', path)).toBe('nosniff');
  });

  it('forbids framing the downloads, which are not pages to frame', () => {
    expect(header('Content-Security-Policy', '/downloads/data/user-shares.csv')).toContain("frame-ancestors 'none'");
  });
});

describe('the Content-Security-Policy', () => {
  const csp = directives(contentSecurityPolicy);
  it('allows scripts from this origin only, never eval nor inline code except by hash', () => {
    expect(csp['script-src']).toBe("'self'");
    expect(sitePolicy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*|https?:/);
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
        expect(sources.length).toBeGreaterThan(0);
        expect(`<body>${story}<script type="module">${inline.text()}</script></body>`).toBe(deferScripts(`<body>${written}</body>`));
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

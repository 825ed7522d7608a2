import { load } from 'cheerio';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

/** Attributes whose whole value is one URL. */
const urlAttributes = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'manifest', 'cite'];

/**
 * Every URL in one built file that points at this site but not under its base: a root-absolute `/…` path that does
 * not start with the base, or an absolute URL on the site's origin whose path does not. Under a sub-path deploy each
 * of these is a 404 (or, worse, a page of whatever else lives at the domain's root).
 *
 * - HTML: URL attributes, every `srcset` candidate, CSS in `style` attributes and `<style>`, and any absolute URL on
 *   the site's origin anywhere in the text (meta tags, JSON-LD, citations, copy-paste URLs);
 * - CSS: `url(…)` and `@import`;
 * - JS: string literals that start with one of the site's own top-level paths (`topLevel`, e.g. "chapters", "_astro"),
 *   and absolute URLs on the site's origin, but for the origin alone as a string (an origin to trust);
 * - SVG and XML: `href`/`src` attributes and absolute URLs, as in HTML.
 *
 * `site` is the full site URL with its base, e.g. "https://example.org/explainer/". Returns "what: url" strings.
 */
export function urlsOutsideBase(file: string, text: string, site: string, topLevel: ReadonlySet<string> = new Set()): string[] {
  const { origin, pathname: base } = new URL(site);
  /** Each URL once, with the first place it was found. */
  const found = new Map<string, string>();
  const check = (what: string, raw: string | undefined) => {
    const value = raw?.trim();
    if (!value) return;
    if (value.startsWith('//')) return check(what, `https:${value}`);
    if (value.startsWith('/')) {
      if (!value.startsWith(base) && !found.has(value)) found.set(value, what);
      return;
    }
    if (/^https?:\/\//i.test(value)) {
      const url = new URL(value);
      if (url.origin === origin && !url.pathname.startsWith(base) && !found.has(value)) found.set(value, what);
    }
  };
  const checkCss = (what: string, css: string) => {
    for (const [, , ref] of css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/g)) check(`${what} url()`, ref);
    for (const [, , ref] of css.matchAll(/@import\s+(['"])(.*?)\1/g)) check(`${what} @import`, ref);
  };
  const checkOrigin = (what: string, body: string) => {
    const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const [ref] of body.matchAll(new RegExp(`${escaped}(?![\\w.:-])(?:/[^\\s"'<>)\\]]*)?`, 'g'))) check(what, ref);
  };

  switch (extname(file)) {
    case '.html': {
      const $ = load(text, { xml: false });
      $('*').each((_, el) => {
        if (!('attribs' in el)) return;
        for (const [name, value] of Object.entries(el.attribs)) {
          const what = `<${el.name} ${name}>`;
          if (urlAttributes.includes(name)) check(what, value);
          else if (name === 'srcset' || name === 'imagesrcset') value.split(',').forEach((c) => check(what, c.trim().split(/\s+/)[0]));
          else if (name === 'style') checkCss(what, value);
        }
      });
      $('style').each((_, el) => checkCss('<style>', $(el).text()));
      checkOrigin('absolute URL', text);
      break;
    }
    case '.css':
      checkCss('css', text);
      break;
    case '.js':
    case '.mjs':
      for (const [, , ref] of text.matchAll(/(["'`])(\/[^"'`\s]*)\1/g)) {
        const first = ref!.split(/[/?#]/)[1];
        if (first && topLevel.has(first)) check('js string', ref);
      }
      // An origin alone in a string ("https://example.org") names whom to trust, as a check of a message's origin
      // does (the embeds' host script, /embed.js); no path, so nothing to load outside the base.
      checkOrigin('js absolute URL', text.replaceAll(new RegExp(`(["'\`])${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1`, 'g'), ''));
      break;
    case '.svg':
    case '.xml':
      for (const [, , ref] of text.matchAll(/\b(?:xlink:href|href|src)=(["'])(.*?)\1/g)) check('attribute', ref);
      checkOrigin('absolute URL', text);
      break;
    case '.txt':
      checkOrigin('absolute URL', text);
      break;
  }
  return [...found].map(([url, what]) => `${file}: ${what}: ${url}`);
}

/** `urlsOutsideBase` over every text file of a built site. */
export function siteUrlsOutsideBase(dir: string, site: string): string[] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
  const topLevel = new Set(readdirSync(dir));
  return files
    .filter((file) => ['.html', '.css', '.js', '.mjs', '.svg', '.xml', '.txt'].includes(extname(file)))
    .flatMap((file) => urlsOutsideBase(file, readFileSync(join(dir, file), 'utf8'), site, topLevel));
}

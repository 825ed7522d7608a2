import { posix } from 'node:path';
import { inlineModule } from '../postbuild/defer-scripts.ts';
import { inlineStyle } from '../postbuild/prune-styles.ts';

/** Files of the site a copy leaves out, which its links then name on the published site: their paths, and its origin. */
export interface LeftOut {
  readonly paths: ReadonlySet<string>;
  readonly origin: string;
}

/**
 * The address of `target`, a root-relative URL under `base` ("/explainer/about/#corrections"), relative to the file
 * `page` ("chapters/x/index.html", a path inside the built site): "../../about/index.html#corrections". A folder's
 * address names its index.html, which a page opened from disk needs (a browser shows a folder's listing there) and any
 * static host serves. A file the copy leaves out is named where it is published, absolute. Throws for a URL outside
 * `base`, which a copy served elsewhere could not reach.
 */
export function relativeHref(page: string, target: string, base: string, leftOut?: LeftOut): string {
  if (!target.startsWith(base)) throw new Error(`${page}: "${target}" is outside the site's base "${base}"`);
  const [, path = '', rest = ''] = /^([^?#]*)(.*)$/s.exec(target.slice(base.length))!;
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  if (leftOut?.paths.has(file)) return new URL(target, leftOut.origin).href;
  return `${posix.relative(posix.dirname(page), file) || posix.basename(file)}${rest}`;
}

/** Root-relative URLs (one "/", not the "//" of another host) in the places a built page holds them. */
const tag = /<[a-zA-Z][^>]*>/g;
const attribute = /(\s(?:href|src|poster|action|data-frames)=")(\/(?!\/)[^"]*)"/g;
const srcset = /(\ssrcset=")([^"]*)"/g;
const refresh = /(\scontent="\d+;\s*url=)(\/(?!\/)[^"]*)"/g;
const dynamicImport = /\bimport\("(\/(?!\/)[^"]+)"\)/g;
const cssUrl = /\burl\((['"]?)(\/(?!\/)[^'")]*)\1\)/g;

/**
 * A built page with every root-relative URL made relative to the page itself (relativeHref): in its tags, links,
 * assets, srcset candidates, a redirect's target and a story's wide frames (`data-frames`); in its inline module scripts, the loader's imports
 * (src/build/postbuild/defer-scripts.ts); in its inline CSS, url()s. Its text is left alone, and so are absolute URLs
 * (canonical, og:, alternates, share links): they name the site where it is published, as do links to `leftOut`. Pure.
 */
export function relativeLinks(html: string, page: string, base: string, leftOut?: LeftOut): string {
  const to = (target: string) => relativeHref(page, target, base, leftOut);
  const inTag = (text: string) =>
    text
      .replace(attribute, (_match, start: string, target: string) => `${start}${to(target)}"`)
      .replace(
        srcset,
        (_match, start: string, candidates: string) =>
          `${start}${candidates
            .split(',')
            .map((candidate) => candidate.replace(/^(\s*)(\/(?!\/)\S*)/, (_m, space: string, target: string) => `${space}${to(target)}`))
            .join(',')}"`,
      )
      .replace(refresh, (_match, start: string, target: string) => `${start}${to(target)}"`);
  // A module specifier must start with "./" or "../": "_astro/x.js" alone would be a bare name, not a path.
  const inScript = (text: string) =>
    text.replace(dynamicImport, (_match, target: string) => `import(${JSON.stringify(to(target).replace(/^(?!\.\.\/)/, './'))})`);
  const inStyle = (text: string) => text.replace(cssUrl, (_match, quote: string, target: string) => `url(${quote}${to(target)}${quote})`);
  return html
    .replace(tag, inTag)
    .replace(inlineModule, (_match, text: string) => `<script type="module">${inScript(text)}</script>`)
    .replace(inlineStyle, (_match, text: string) => `<style>${inStyle(text)}</style>`);
}

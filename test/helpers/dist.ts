import { load, type CheerioAPI } from 'cheerio';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { distDir } from './paths.ts';
import { pathLocale } from '../../src/core/locale.ts';

/** A built HTML page: its URL path and its parsed document. */
export interface BuiltPage {
  readonly path: string;
  readonly $: CheerioAPI;
  readonly html: string;
}

/** Every file under dist/ (or another built site's `dir`), as paths relative to it. */
export function distFiles(dir: string = distDir): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** The pages of each built site, parsed once per test process: tests read them and never change them. */
const parsed = new Map<string, readonly BuiltPage[]>();

/**
 * Every built HTML page, with its URL path ("/chapters/x/" for chapters/x/index.html). The downloads are files, not
 * pages of the site: the single-file editions, all pages in one, have a test of their own (test/site/single-file.test.ts).
 */
export function builtPages(dir: string = distDir): BuiltPage[] {
  let pages = parsed.get(dir);
  if (!pages) {
    pages = distFiles(dir)
      .filter((file) => file.endsWith('.html') && !/^(\w+\/)?downloads\//.test(file))
      .map((file) => {
        const html = readFileSync(join(dir, file), 'utf8');
        const path = `/${file.replace(/index\.html$/, '')}`;
        // Parsed when a test first asks: most files read a few of the site's some 200 pages.
        let $: CheerioAPI | undefined;
        return {
          path,
          html,
          get $() {
            return ($ ??= load(html));
          },
        };
      });
    parsed.set(dir, pages);
  }
  return [...pages];
}

/**
 * What a page's `<noscript>` elements hold, parsed as markup: what a reader without scripting gets there. cheerio, like
 * a browser with scripting, reads their content as text; a page with scripts links its print stylesheet in one
 * (src/build/postbuild/defer-scripts.ts), and a test of its links must see that one too.
 */
export function noscriptOf($: CheerioAPI): CheerioAPI {
  return load(
    $('noscript')
      .map((_, el) => $(el).text())
      .get()
      .join(''),
  );
}

/** A step's element in a built page: a tag with the bare `data-step` attribute (not `data-step-id`), as <Step> writes it. */
const stepTag = /<[a-z][^>]*\sdata-step(?=[\s>=/])/i;

/** The pages that carry a scrolly graphic, the English edition's: the story's chapters. */
export function chapterPages(dir: string = distDir): BuiltPage[] {
  return builtPages(dir).filter((page) => stepTag.test(page.html) && !page.path.startsWith('/ru/'));
}

/** The Russian edition's chapter pages (/ru/chapters/…/), the twins of `chapterPages`. */
export function russianChapterPages(dir: string = distDir): BuiltPage[] {
  return builtPages(dir).filter((page) => stepTag.test(page.html) && page.path.startsWith('/ru/'));
}

/**
 * Where a built site says it lives, as its home page's canonical URL gives it, without the final slash
 * ("http://127.0.0.1:4321" for a build that named no address): embed codes, citations and QR codes carry it.
 */
export function builtSiteRoot(dir: string = distDir): string {
  const home = builtPages(dir).find((page) => page.path === '/');
  const canonical = home?.$('link[rel="canonical"]').attr('href');
  if (!canonical) throw new Error(`${dir}: the home page has no canonical URL`);
  return canonical.replace(/\/$/, '');
}

/** Whether a page is a step's embed, in either edition (/embed/<id>/, /ru/embed/<id>/). */
export const isEmbedPage = (path: string): boolean => pathLocale(path).path.startsWith('/embed/');

/**
 * The wide frames the build took out of a page with stories, into the file beside it that its stories fetch
 * (src/build/postbuild/split-wide-frames.ts; `data-frames` names it), parsed as a browser's story parses it; an empty
 * document where there is none. Each step's wide snapshot is its `svg[data-step="<id>"]`.
 */
export function wideFramesOf(page: BuiltPage, dir: string = distDir): CheerioAPI {
  const href = page.$('scrolly-story[data-frames]').attr('data-frames');
  if (!href) return load('');
  const file = join(dir, page.path, href.split('/').at(-1)!);
  return load(existsSync(file) ? readFileSync(file, 'utf8') : '');
}

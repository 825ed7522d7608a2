import { defaultLocale, languageTag, localePath, locales, pathLocale, type Locale } from '../../core/locale.ts';
import { url } from '../../core/url.ts';

/** The 404 page's file, which Astro names "/404/" to the page (src/build/postbuild/edition-not-found.ts). */
const notFoundPath = '/404.html';

/**
 * Which pages each edition has so far, by their English path (without the base). The English edition has every page;
 * the Russian one (issue 25) so far has the home page, the chapters with their data pages, embeds, handouts,
 * presentations, quiz sheets and short links, the About page, the educators' page, the sources, the glossary and the 404
 * page. A page's head names
 * its twins in the editions that have it (hreflang; not the 404 page, which has no address), and the header's links go
 * to the reader's edition where it has the page, else to the English one, marked as English. When every page has its
 * twin, this list goes.
 */
const translated: Readonly<Record<Exclude<Locale, 'en'>, (path: string) => boolean>> = {
  ru: (path) =>
    ['/', '/about/', '/educators/', '/sources/', '/glossary/', notFoundPath].includes(path) ||
    /^\/(?:chapters\/[^/]+\/(?:data\/)?|embed\/[^/]+\/|educators\/quiz\/[^/]+\/|handout\/[^/]+\/(?:sources\/)?|present\/[^/]+\/|s\/[^/]+\/)$/.test(
      path,
    ),
};

/** Whether `locale`'s edition has the page whose English path is `path`. */
export function hasPage(locale: Locale, path: string): boolean {
  return locale === 'en' || translated[locale](path);
}

/** A page's twin in each edition that has it: its language, BCP 47 tag and path (without the base). */
export interface Twin {
  readonly locale: Locale;
  readonly tag: string;
  readonly path: string;
}

/** The page at `path` (without the base, in any edition) in every edition that has it, English first. */
export function twinsOf(path: string): Twin[] {
  const { path: written } = pathLocale(path);
  const english = written === '/404/' ? notFoundPath : written;
  return locales
    .filter((locale) => hasPage(locale, english))
    .map((locale) => ({ locale, tag: languageTag[locale], path: localePath(locale, english) }));
}

/**
 * A link from a page in `locale` to the page at `path` (an English path, with an optional #hash): to that edition's
 * page when it has one, else to the English page, with `hreflang` naming its language, as a Russian page's links to
 * pages not yet translated carry it.
 */
export function pageLink(locale: Locale, path: string, hash?: string): { href: string; hreflang?: string } {
  if (hasPage(locale, path)) return { href: url(localePath(locale, path), hash) };
  return { href: url(path, hash), hreflang: languageTag[defaultLocale] };
}

import { languageTag, localePath, locales, pathLocale, type Locale } from '../../core/locale.ts';
import { url } from '../../core/url.ts';

/** The 404 page's file, which Astro names "/404/" to the page (src/build/postbuild/edition-not-found.ts). */
const notFoundPath = '/404.html';

/** A page's twin in each edition: its language, BCP 47 tag and path (without the base). */
export interface Twin {
  readonly locale: Locale;
  readonly tag: string;
  readonly path: string;
}

/**
 * The page at `path` (without the base, in any edition) in every edition, English first. Every page has its twin in
 * each edition (the build refuses one that has not: src/build/i18n/page-twins.ts), so a
 * page's head names them all (hreflang), the 404 page by its file.
 */
export function twinsOf(path: string): Twin[] {
  const { path: written } = pathLocale(path);
  const english = written === '/404/' ? notFoundPath : written;
  return locales.map((locale) => ({ locale, tag: languageTag[locale], path: localePath(locale, english) }));
}

/** The address, with the base, of the page whose English path is `path` (and an optional #hash) in `locale`'s edition. */
export function editionHref(locale: Locale, path: string, hash?: string): string {
  return url(localePath(locale, path), hash);
}

import { defaultLocale, locales, type Locale } from '../core/locale.ts';

/**
 * A chapter's URL slug from its entry id: the file name without the order prefix, so "02-who-talks-on-what"
 * becomes "who-talks-on-what". Reordering chapters therefore never breaks a link.
 */
export function chapterSlug(entryId: string): string {
  return entryId.replace(/^\d+-/, '');
}

/**
 * The language of a chapter file, from its folder: `content/chapters/ru/02-who-talks-on-what.mdx` is Russian, and a
 * file in `content/chapters/en/` (or anywhere else, such as a test's copy) English.
 */
export function chapterLocale(path: string): Locale {
  const folder = /(?:^|[\\/])chapters[\\/]([a-z]{2})[\\/][^\\/]+$/.exec(path)?.[1];
  return locales.find((locale) => locale === folder) ?? defaultLocale;
}

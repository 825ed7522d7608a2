/**
 * The site's languages. English is the first edition and lives at the site's root; every other language lives under
 * its code (`/ru/…`, issue 25). Formatters (src/core/format.ts) take a locale and default to English.
 */
export const locales = ['en', 'ru'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** The BCP 47 tag `Intl` and `<html lang>` take for each locale. */
export const languageTag: Readonly<Record<Locale, string>> = { en: 'en', ru: 'ru' };

/** The Open Graph locale of each language's pages (`og:locale`). */
export const ogLocale: Readonly<Record<Locale, string>> = { en: 'en_GB', ru: 'ru_RU' };

/** Each language's name in English, for the build's messages: "in Russian, at the narrow size, …". */
export const languageNames: Readonly<Record<Locale, string>> = { en: 'English', ru: 'Russian' };

/** A no-break space: Russian typography joins a number to its unit, a day to its month, and a word to a dash. */
export const nbsp = '\u00a0';

/**
 * A site path in `locale`'s edition, written as if the site sat at the domain's root: English at the root, every other
 * language under its code (`localePath('ru', '/chapters/x/')` is "/ru/chapters/x/"). Pass it to `url` for an href.
 */
export function localePath(locale: Locale, path: string): string {
  if (!path.startsWith('/')) throw new Error(`localePath("${path}"): a site path must start with "/"`);
  return locale === defaultLocale ? path : `/${locale}${path}`;
}

/** The other way: the language of a site path (without the base) and the path as the English edition writes it. */
export function pathLocale(path: string): { locale: Locale; path: string } {
  const code = /^\/([a-z]{2})(?=\/)/.exec(path)?.[1];
  const locale = locales.find((l) => l !== defaultLocale && l === code);
  return locale ? { locale, path: path.slice(locale.length + 1) } : { locale: defaultLocale, path };
}

/** A page's language from `Astro.currentLocale` (which the site's i18n config sets on every page). */
export function asLocale(value: string | undefined): Locale {
  const locale = locales.find((l) => l === value);
  if (!locale) throw new Error(`"${value}" is not one of the site's languages (${locales.join(', ')})`);
  return locale;
}

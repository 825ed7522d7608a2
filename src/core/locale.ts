/**
 * The site's languages. English is the first edition and lives at the site's root; every other language lives under
 * its code (`/ru/…`, issue 25). Formatters (src/core/format.ts) take a locale and default to English.
 */
export const locales = ['en', 'ru'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** The BCP 47 tag `Intl` and `<html lang>` take for each locale. */
export const languageTag: Readonly<Record<Locale, string>> = { en: 'en', ru: 'ru' };

/** Each language's name in English, for the build's messages: "in Russian, at the narrow size, …". */
export const languageNames: Readonly<Record<Locale, string>> = { en: 'English', ru: 'Russian' };

/** A no-break space: Russian typography joins a number to its unit, a day to its month, and a word to a dash. */
export const nbsp = '\u00a0';

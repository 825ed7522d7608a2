import en from '../../content/i18n/en.json';
import ru from '../../content/i18n/ru.json';
import type { Locale } from '../core/locale.ts';

/**
 * The site's own words (its header, navigation and footer) in each language, one file a language with the same keys:
 * content/i18n/en.json and content/i18n/ru.json (issue 25). A chart's words are its own (src/charts/<name>/words.ts);
 * the build checks both (src/build/i18n/site-words-check.ts).
 */
export const siteWordsFiles: Readonly<Record<Locale, string>> = { en: 'content/i18n/en.json', ru: 'content/i18n/ru.json' };

/** A key of the site's words. */
export type SiteWord = keyof typeof en;

const words: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { en, ru };

/** The site's words in `locale`. */
export function siteWords(locale: Locale): Readonly<Record<SiteWord, string>> {
  return words[locale] as Readonly<Record<SiteWord, string>>;
}

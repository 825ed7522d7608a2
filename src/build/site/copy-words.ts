import type { CopyWords } from '../../core/copy-words.ts';
import { locales, type Locale } from '../../core/locale.ts';
import { siteWords } from '../../data/site-words.ts';

/** <copy-text>'s words in `locale`, from the site's words (content/i18n/). */
export function copyWordsOf(locale: Locale): CopyWords {
  const words = siteWords(locale);
  return {
    button: words['copy.button'],
    label: words['copy.label'],
    link: words['copy.link'],
    done: words['copy.done'],
    selected: words['copy.selected'],
    date: words['copy.date'],
  };
}

/**
 * `virtual:copy-words` (astro.config.mjs): <copy-text>'s words in every language, by its `lang` tag, for its script to
 * carry. A page then carries none of them, which keeps a chapter's first bytes few (issue 26).
 */
export function copyWordsModule(): string {
  return `export default ${JSON.stringify(Object.fromEntries(locales.map((locale) => [locale, copyWordsOf(locale)])))};\n`;
}

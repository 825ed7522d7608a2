import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../core/locale.ts';

/**
 * The site's own words (its header, navigation, footer and the furniture of its chapter pages) in each language, one
 * file a language with the same keys: content/i18n/en.json and content/i18n/ru.json (issue 25). A chart's words are
 * its own (src/charts/<name>/words.ts); the build checks both first (src/build/i18n/site-words-check.ts).
 */
export const siteWordsFiles: Readonly<Record<Locale, string>> = { en: 'content/i18n/en.json', ru: 'content/i18n/ru.json' };

/** A key of the site's words: the English file's keys, which every language has. */
export type SiteWord = keyof typeof import('../../content/i18n/en.json');

/**
 * The site's words in `locale`, read from the project the build runs in (or the one at `root`). Read, not imported, so that the build's
 * content check, which runs as the config loads, reports a broken file with its line and column rather than failing
 * to load; and read on every call, so that `astro dev` shows an edit at the next page load.
 */
export function siteWords(locale: Locale, root: string = process.cwd()): Readonly<Record<SiteWord, string>> {
  return JSON.parse(readFileSync(join(root, siteWordsFiles[locale]), 'utf8')) as Record<SiteWord, string>;
}

import { readFileSync, statSync } from 'node:fs';
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

/** The words last read from each file, with the file's size and time of change when read. */
const read = new Map<string, { readonly stamp: string; readonly words: Readonly<Record<SiteWord, string>> }>();

/**
 * The site's words in `locale`, read from the project the build runs in (or the one at `root`). Read, not imported, so that the build's
 * content check, which runs as the config loads, reports a broken file with its line and column rather than failing
 * to load; and read again whenever the file has changed since, so that `astro dev` shows an edit at the next page load
 * (a build asks hundreds of times, and parses each file once).
 */
export function siteWords(locale: Locale, root: string = process.cwd()): Readonly<Record<SiteWord, string>> {
  const path = join(root, siteWordsFiles[locale]);
  const { size, mtimeMs } = statSync(path);
  const stamp = `${size}:${mtimeMs}`;
  const known = read.get(path);
  if (known?.stamp === stamp) return known.words;
  const words = JSON.parse(readFileSync(path, 'utf8')) as Record<SiteWord, string>;
  read.set(path, { stamp, words });
  return words;
}

import { z } from 'zod';
import { locales, type Locale } from '../../core/locale.ts';
import { wordsProblems } from '../../core/words-problems.ts';
import { ContentError } from '../../data/content-error.ts';
import { readJsonFile } from '../content/read-json-file.ts';
import { siteWordsFiles } from '../../data/site-words.ts';
import { russianWordsProblems } from './russian-words-problems.ts';

/** A language's file of the site's words: an object whose every value is text. */
const siteWordsSchema = z.record(z.string(), z.string({ invalid_type_error: 'must be text' }));

/**
 * The site's words (content/i18n/<locale>.json, src/data/site-words.ts), checked as a maintainer edits them: each file
 * is JSON holding text only, and every language has the English keys, none empty, with the English placeholders;
 * each mistake names its file and key, e.g. `content/i18n/ru.json: nav.about: empty`. Given the names a Russian text
 * keeps in Latin letters, the Russian words are also held to Russian typography and checked for English left in them.
 */
export async function siteWordsErrors(root: string, latinNames?: readonly string[]): Promise<ContentError[]> {
  const errors: ContentError[] = [];
  const words = {} as Record<Locale, Record<string, string>>;
  for (const locale of locales) {
    const file = siteWordsFiles[locale];
    const read = await readJsonFile(root, file, errors);
    if (!read) continue;
    const parsed = siteWordsSchema.safeParse(read.json);
    if (parsed.success) words[locale] = parsed.data;
    else
      for (const issue of parsed.error.issues) errors.push(new ContentError(file, `${issue.path.join('.') || '(file)'}: ${issue.message}`));
  }
  if (errors.length > 0) return errors;
  // A line of wordsProblems starts with its language ("ru.nav.about: empty"); the file already names it.
  const fileOf = (line: string) => siteWordsFiles[line.slice(0, line.indexOf('.')) as Locale];
  const lines = wordsProblems(words);
  for (const line of lines) errors.push(new ContentError(fileOf(line), line.slice(line.indexOf('.') + 1)));
  if (lines.length === 0 && latinNames)
    for (const line of russianWordsProblems(words.ru, latinNames)) errors.push(new ContentError(siteWordsFiles.ru, line));
  return errors;
}

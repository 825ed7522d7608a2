import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Locale } from '../core/locale.ts';
import type { CreditWords, OutletWords } from './source-credit.ts';
import { sourceKinds } from './schemas.ts';
import { siteWords } from './site-words.ts';

/**
 * How a translation writes a name the data spells in Latin letters, one file per language besides English:
 * content/i18n/ru-names.json maps "TASS" to "ТАСС" and "Interfax" to "«Интерфакс»". A name it does not list stays as the
 * data spells it, and must then be on the list of names that stay in Latin letters (content/i18n/latin-names.json),
 * which the Russian text checks hold it to.
 */
export const namesFiles: Readonly<Record<Exclude<Locale, 'en'>, string>> = { ru: 'content/i18n/ru-names.json' };

/** The file's contract: each name as the data spells it, to the translation's spelling. */
export const namesSchema = z.record(z.string().min(1), z.string().trim().min(1, 'must name the name in the translation'));

/** The names last read from each file, with the file's size and time of change when read (as siteWords keeps its words). */
const read = new Map<string, { readonly stamp: string; readonly names: Readonly<Record<string, string>> }>();

/**
 * The names of `locale`'s edition, read from the project the build runs in (or the one at `root`): once a build, and
 * again whenever the file has changed since, so that `astro dev` shows an edit.
 */
export function namesIn(locale: Locale, root: string = process.cwd()): Readonly<Record<string, string>> {
  if (locale === 'en') return {};
  const path = join(root, namesFiles[locale]);
  const { size, mtimeMs } = statSync(path);
  const stamp = `${size}:${mtimeMs}`;
  const known = read.get(path);
  if (known?.stamp === stamp) return known.names;
  const names = namesSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  read.set(path, { stamp, names });
  return names;
}

/** A name as `locale`'s edition writes it ("Rosstat" → «Росстат»); a name the file does not list, as the data spells it. */
export function nameIn(locale: Locale, name: string, root?: string): string {
  return namesIn(locale, root)[name] ?? name;
}

/** How a page in `locale` names a source inline (sourceOutlet): its word between an aggregator and its source, and its names. */
export function outletWordsIn(locale: Locale, root?: string): OutletWords {
  return { via: siteWords(locale, root)['cite.via'], names: namesIn(locale, root) };
}

/**
 * How a page in `locale` credits a source in full (sourceCredit) and names its kind: the site's words `source.*`. The
 * names are the records' (datasetsIn spells them in the edition's language).
 */
export function creditWordsIn(locale: Locale, root?: string): CreditWords {
  const words = siteWords(locale, root);
  return {
    kinds: Object.fromEntries(sourceKinds.map((kind) => [kind, words[`source.kind.${kind}`]])) as CreditWords['kinds'],
    wireCopy: words['source.credit.wireCopy'],
    wireCopyUnnamed: words['source.credit.wireCopyUnnamed'],
    mirror: words['source.credit.mirror'],
    aggregator: words['source.credit.aggregator'],
  };
}

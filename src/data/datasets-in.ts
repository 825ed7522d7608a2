import type { Locale } from '../core/locale.ts';
import { languageNames } from '../core/locale.ts';
import { resolvePlaceholders } from './figure-text.ts';
import { recordWords, withRecordWords, type Datasets } from './load-datasets.ts';
import { siteWords } from './site-words.ts';
import { namesIn } from './names-in.ts';
import { termFormsIn } from './term-forms.ts';

const translated = new WeakMap<Datasets, Map<string, Datasets>>();

/** A word the data needs that a language's file of site words lacks (which the check of the site's words reports). */
export class MissingWordError extends Error {}

/**
 * The data with its words in `locale`: the records whose words are the site's (`recordWords`: the events' titles and
 * reported parts, the quotes' words, the glossary's terms, the corrections, what the population count leaves out,
 * the descriptions of pages without a headline) take them from that language's
 * file of site words, their placeholders printed as that language writes figures and dates, and the sources'
 * publishers are spelt as the edition spells them (namesIn); numbers, dates and ids stay as they are. English is the
 * data as loaded. Worked out once per version of the data and language. Throws, naming the key, when a word is missing
 * (the check of the site's words, which runs first, reports it with its file).
 */
export function datasetsIn(datasets: Datasets, locale: Locale, root: string = process.cwd()): Datasets {
  if (locale === 'en') return datasets;
  let byLocale = translated.get(datasets);
  if (!byLocale) translated.set(datasets, (byLocale = new Map()));
  // The words are read from the project at `root`: a check of another copy (a test's) must not get this one's.
  const key = `${locale}\n${root}`;
  let data = byLocale.get(key);
  if (!data) {
    const words = siteWords(locale, root);
    const reword = <R extends { id: string }>(kind: keyof typeof recordWords, records: readonly R[]): R[] =>
      withRecordWords(
        kind,
        records,
        words,
        (key) => {
          throw new MissingWordError(`the ${languageNames[locale]} words have no ${key}`);
        },
        (text) => resolvePlaceholders(text, datasets, locale),
      );
    // Publishers as the edition writes them ("TASS" → "ТАСС"), for the charts' source lines and the tables' links.
    const names = namesIn(locale, root);
    const sources = reword('sources', datasets.sources).map((s) => ({
      ...s,
      publisher: names[s.publisher] ?? s.publisher,
      ...(s.via === undefined ? {} : { via: names[s.via] ?? s.via }),
    }));
    // The glossary's terms and definitions, and the other forms the edition's prose writes them in (term-forms.ts).
    const forms = termFormsIn(locale, root);
    const glossary = reword('glossary', datasets.glossary).map((t) => ({ ...t, aliases: [...(forms[t.id] ?? [])] }));
    data = {
      ...datasets,
      events: reword('events', datasets.events),
      quotes: reword('quotes', datasets.quotes),
      corrections: reword('corrections', datasets.corrections),
      population: reword('population', datasets.population),
      sources,
      glossary,
    };
    byLocale.set(key, data);
  }
  return data;
}

import type { Locale } from '../core/locale.ts';

/**
 * A chart's words in one language: every string its frames, data table and title show, by key. Numbers, dates and ids
 * stay in content/data/; a template's `{name}` placeholders are filled by the layout (`fill`).
 */
export type Words<Key extends string = string> = Readonly<Record<Key, string>>;

/**
 * A chart's words in every language, the English ones first: each language has the same keys (issue 25), among them
 * the chart's `title`.
 */
export type ChartWords<Key extends string = string> = Readonly<Record<Locale, Words<Key> & { readonly title: string }>>;

/** What a layout or a table is given to write with: the language, for its formatters, and the chart's words in it. */
export interface ChartText<Key extends string = string> {
  readonly locale: Locale;
  readonly words: Words<Key> & { readonly title: string };
}

/**
 * One language a step is drawn in: its data (a chart's `select`, from the data in that language) and its words. A
 * layout is given every such language, its own among them, and keeps room for the longest words of any (a heading's
 * lines, the notes' lines, a column of names), so that each language's frame draws its marks where the others do.
 */
export interface Language<Data, Key extends string = string> {
  readonly data: Data;
  readonly text: ChartText<Key>;
}

/** The text a chart writes with in `locale`. */
export function chartText<Key extends string>(words: ChartWords<Key>, locale: Locale): ChartText<Key> {
  return { locale, words: words[locale] };
}

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

/** The text a chart writes with in `locale`. */
export function chartText<Key extends string>(words: ChartWords<Key>, locale: Locale): ChartText<Key> {
  return { locale, words: words[locale] };
}

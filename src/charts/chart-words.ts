import { placeholder, placeholdersOf } from '../core/fill.ts';
import { locales, type Locale } from '../core/locale.ts';

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
 * What is wrong with a chart's words, one line each: a key that another language lacks or adds, an empty string, or
 * a translation whose placeholders differ from the English ones (it would lose or invent a figure).
 */
export function wordsProblems(words: ChartWords): string[] {
  const english = words.en;
  const problems: string[] = [];
  for (const locale of locales) {
    const these = words[locale] ?? {};
    for (const key of Object.keys(english)) {
      const text = these[key];
      if (text === undefined) problems.push(`${locale}.${key}: missing (English: "${english[key]}")`);
      else if (text.trim() === '') problems.push(`${locale}.${key}: empty`);
      else if (/[{}]/.test(text.replace(placeholder, '')))
        problems.push(
          `${locale}.${key}: "${text}" has a brace outside a placeholder; a placeholder is a camelCase name in braces, "{month}"`,
        );
      else if (placeholdersOf(text).join() !== placeholdersOf(english[key]!).join())
        problems.push(
          `${locale}.${key}: "${text}" has ${named(placeholdersOf(text))} where the English has ${named(placeholdersOf(english[key]!))}`,
        );
    }
    for (const key of Object.keys(these)) if (!(key in english)) problems.push(`${locale}.${key}: no such key in the English words`);
  }
  return problems;
}

/** "the placeholders {a}, {b}", or "no placeholder". */
const named = (names: readonly string[]) => (names.length ? `the placeholders {${names.join('}, {')}}` : 'no placeholder');

/** The text a chart writes with in `locale`. */
export function chartText<Key extends string>(words: ChartWords<Key>, locale: Locale): ChartText<Key> {
  return { locale, words: words[locale] };
}

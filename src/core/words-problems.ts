import { figurePlaceholder, placeholder, placeholdersOf } from './fill.ts';
import { locales, type Locale } from './locale.ts';

/**
 * What is wrong with a set of words in every language (a chart's, src/charts/<name>/words.ts, or the site's,
 * content/i18n/<locale>.json), one line each: a key that another language lacks or adds, an empty string, a brace
 * outside a placeholder, or a translation whose placeholders (the words' own, "{month}", and the data's figures,
 * "{claim:…}") differ from the English ones (it would lose or invent a figure).
 */
export function wordsProblems(words: Readonly<Record<Locale, Readonly<Record<string, string>>>>): string[] {
  const english = words.en;
  const problems: string[] = [];
  for (const locale of locales) {
    const these = words[locale] ?? {};
    for (const key of Object.keys(english)) {
      const text = Object.hasOwn(these, key) ? these[key] : undefined;
      if (text === undefined) problems.push(`${locale}.${key}: missing (English: "${english[key]}")`);
      else if (text.trim() === '') problems.push(`${locale}.${key}: empty`);
      else if (/[{}]/.test(text.replace(placeholder, '').replace(figurePlaceholder, '')))
        problems.push(
          `${locale}.${key}: "${text}" has a brace outside a placeholder: keep the English ones exactly as they are, in Latin letters (${named(slotsOf(english[key]!))})`,
        );
      else if (slotsOf(text).join() !== slotsOf(english[key]!).join())
        problems.push(`${locale}.${key}: "${text}" has ${named(slotsOf(text))} where the English has ${named(slotsOf(english[key]!))}`);
    }
    for (const key of Object.keys(these))
      if (!Object.hasOwn(english, key)) problems.push(`${locale}.${key}: no such key in the English words`);
  }
  return problems;
}

/** A text's placeholders, sorted, with their braces: the words' own ("{month}") and the data's figures ("{claim:x}"). */
const slotsOf = (text: string) =>
  [...placeholdersOf(text).map((name) => `{${name}}`), ...[...text.matchAll(figurePlaceholder)].map((m) => m[0])].sort();

/** "the placeholder {a}", "the placeholders {a}, {b}", or "no placeholder". */
const named = (slots: readonly string[]) =>
  slots.length === 0 ? 'no placeholder' : `the placeholder${slots.length > 1 ? 's' : ''} ${slots.join(', ')}`;

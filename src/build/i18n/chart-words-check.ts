import type { Chart } from '../../charts/chart.ts';
import { charts } from '../../charts/registry.ts';
import { wordsProblems } from '../../core/words-problems.ts';
import { ContentError } from '../../data/content-error.ts';
import { russianWordsProblems } from './russian-words-problems.ts';

/**
 * Every chart's words, checked in every language (src/core/words-problems.ts): a key missing or added, an empty string,
 * or a translation whose placeholders differ from the English ones is a content mistake, named by the chart's words
 * file and the key, e.g. `src/charts/user-shares/words.ts: ru.heading: empty`. Given the names a Russian text keeps in
 * Latin letters (content/i18n/latin-names.json), the Russian words of complete charts are also held to the rules of
 * Russian typography and checked for English left untranslated, as the Russian chapters are (translation-check.ts).
 */
export function chartWordsErrors(
  registry: Readonly<Record<string, Pick<Chart<unknown, unknown>, 'name' | 'words'>>> = charts,
  latinNames?: readonly string[],
): ContentError[] {
  return Object.values(registry).flatMap((chart) => {
    const file = `src/charts/${chart.name}/words.ts`;
    const problems = wordsProblems(chart.words);
    if (problems.length === 0 && latinNames) problems.push(...russianWordsProblems(chart.words.ru, latinNames).map((line) => `ru.${line}`));
    return problems.map((problem) => new ContentError(file, problem));
  });
}

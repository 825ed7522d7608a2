import type { Chart } from '../../charts/chart.ts';
import { wordsProblems } from '../../charts/chart-words.ts';
import { placeholder } from '../../core/fill.ts';
import { charts } from '../../charts/registry.ts';
import { ContentError } from '../../data/content-error.ts';
import { russianTypography } from './russian-typography.ts';
import { untranslatedEnglish } from './untranslated-english.ts';

/**
 * Every chart's words, checked in every language (src/charts/chart-words.ts): a key missing or added, an empty string,
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
    if (problems.length > 0 || !latinNames) return problems.map((problem) => new ContentError(file, problem));
    // Russian typography and Latin names are the Russian edition's rules (issue 25).
    return Object.entries(chart.words.ru).flatMap(([key, template]) => {
      // A placeholder stands for a figure or a name the chart fills in: checked as a figure.
      const text = template.replace(placeholder, '1');
      return [
        ...russianTypography(text).map(({ rule, at }) => `ru.${key}: ${rule}: “${at}”`),
        ...untranslatedEnglish(text, latinNames).map((english) => `ru.${key}: untranslated English “${english}”`),
      ].map((problem) => new ContentError(file, problem));
    });
  });
}

import { describe, expect, it } from 'vitest';
import type { ChartWords } from '../../src/charts/chart-words.ts';
import { wordsProblems } from '../../src/core/words-problems.ts';
import { charts } from '../../src/charts/registry.ts';
import { locales } from '../../src/core/locale.ts';

const words = (ru: Record<string, string>): ChartWords => ({
  en: { title: 'Monthly reach', heading: 'Monthly reach, {month}', tick: '{value} M' },
  ru: { title: 'Месячный охват', ...ru },
});

describe('chart words', () => {
  it.each(Object.values(charts).map((chart) => [chart.name, chart] as const))(
    '%s has every word in every language, none empty, each with the English placeholders',
    (_name, chart) => {
      expect(wordsProblems(chart.words)).toEqual([]);
      for (const locale of locales) expect(Object.keys(chart.words[locale]).sort()).toEqual(Object.keys(chart.words.en).sort());
    },
  );

  it('names a word a translation lacks, leaves empty or adds', () => {
    expect(wordsProblems(words({ heading: ' ', extra: 'Лишнее' }))).toEqual([
      'ru.heading: empty',
      'ru.tick: missing (English: "{value} M")',
      'ru.extra: no such key in the English words',
    ]);
  });

  it('names a translation that loses or invents a figure (its placeholders differ from the English)', () => {
    expect(wordsProblems(words({ heading: 'Месячный охват', tick: '{value} млн за {month}' }))).toEqual([
      'ru.heading: "Месячный охват" has no placeholder where the English has the placeholders {month}',
      'ru.tick: "{value} млн за {month}" has the placeholders {month}, {value} where the English has the placeholders {value}',
    ]);
  });

  it('names a brace that is not a placeholder, which fill would print as it stands', () => {
    expect(wordsProblems(words({ heading: 'Месячный охват, {Month}', tick: '{value} млн' }))).toEqual([
      'ru.heading: "Месячный охват, {Month}" has a brace outside a placeholder; a placeholder is a camelCase name in braces, "{month}"',
    ]);
  });
});

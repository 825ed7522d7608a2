import { describe, expect, it } from 'vitest';
import { chartText } from '../../src/charts/chart-words.ts';
import { charts } from '../../src/charts/registry.ts';
import { locales } from '../../src/core/locale.ts';
import { wordsProblems } from '../../src/core/words-problems.ts';

describe('chart words', () => {
  it.each(Object.values(charts).map((chart) => [chart.name, chart] as const))(
    '%s has every word in every language, none empty, each with the English placeholders',
    (_name, chart) => {
      expect(wordsProblems(chart.words)).toEqual([]);
      for (const locale of locales)
        expect(Object.keys(chartText(chart.words, locale).words).sort()).toEqual(Object.keys(chart.words.en).sort());
    },
  );
});

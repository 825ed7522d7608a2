import { describe, expect, it } from 'vitest';
import { chartColumns } from '../../../src/build/kit/chart-columns.ts';
import { charts } from '../../../src/charts/registry.ts';

const chart = charts['user-shares']!;
/** The chart with its words in one language changed. */
const withWords = (locale: 'en' | 'ru', change: (words: Record<string, string>) => void) => {
  const words = { ...chart.words[locale] } as Record<string, string>;
  change(words);
  return { ...chart, words: { ...chart.words, [locale]: words } } as typeof chart;
};

describe('chartColumns', () => {
  it('gives every column its header and meaning in each language, the English header being the column’s name', () => {
    for (const locale of ['en', 'ru'] as const) {
      const { headers, dictionary } = chartColumns(chart, locale);
      expect(Object.keys(headers)).toEqual(Object.keys(chart.export.columns));
      for (const column of Object.keys(headers)) expect(dictionary[column]!.meaning.length, column).toBeGreaterThan(10);
    }
    expect(Object.values(chartColumns(chart, 'en').headers)).toEqual(Object.keys(chart.export.columns));
    expect(chartColumns(chart, 'ru').dictionary.monthly_reach_millions!.unit).toBe('млн\u00a0человек');
  });

  it('refuses a column without its words, naming the chart, the language and the word', () => {
    const broken = withWords('ru', (words) => delete words['csv.status.meaning']);
    expect(() => chartColumns(broken, 'ru')).toThrow('chart "user-shares": its Russian words (words.ts) have no "csv.status.meaning"');
  });

  it('refuses an English header that is not the column’s name, and two columns with the same header', () => {
    expect(() =>
      chartColumns(
        withWords('en', (words) => (words['csv.month'] = 'Month')),
        'en',
      ),
    ).toThrow('its English word "csv.month" must be the column\'s name, "month"');
    expect(() =>
      chartColumns(
        withWords('ru', (words) => (words['csv.status'] = 'месяц')),
        'ru',
      ),
    ).toThrow('its Russian headers of "month" and "status" are both "месяц"');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetsIn } from '../../src/data/datasets-in.ts';
import { findClaim, claimText } from '../../src/data/figure-text.ts';
import { loadDatasets } from '../../src/data/load-datasets.ts';

const datasets = await loadDatasets(process.cwd());
const russian = JSON.parse(readFileSync('content/i18n/ru.json', 'utf8')) as Record<string, string>;

describe('the data in Russian', () => {
  it('is the English data itself in English', () => {
    expect(datasetsIn(datasets, 'en')).toBe(datasets);
  });

  const ru = datasetsIn(datasets, 'ru');

  it('takes each event’s title and reported part from ru.json, its figures printed in Russian, and keeps its dates', () => {
    const e32 = ru.events.find((e) => e.id === 'E32')!;
    expect(e32.title).toBe(russian['event.E32']);
    expect(e32.date).toBe(datasets.events.find((e) => e.id === 'E32')!.date);
    const e37 = ru.events.find((e) => e.id === 'E37')!;
    expect(e37.reportedDetail).toContain(claimText(findClaim(datasets, 'na-svyazi-regions-2025-10'), 'value', 'ru'));
    expect(e37.reportedDetail).not.toContain('{claim:');
    expect(ru.events.map((e) => e.id)).toEqual(datasets.events.map((e) => e.id));
  });

  it('takes each quote’s words from ru.json, and keeps its date and sources', () => {
    const quote = ru.quotes.find((q) => q.id === 'clegg-2022-03-04')!;
    expect(quote).toMatchObject({ text: russian['quote.clegg-2022-03-04'], speaker: 'Ник Клегг', date: '2022-03-04' });
    expect(ru.quotes.map((q) => q.sources)).toEqual(datasets.quotes.map((q) => q.sources));
  });

  it('is worked out once per version of the data', () => {
    expect(datasetsIn(datasets, 'ru')).toBe(ru);
    expect(datasetsIn(structuredClone(datasets), 'ru')).not.toBe(ru);
  });
});

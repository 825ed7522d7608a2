import { describe, expect, it } from 'vitest';
import { creditWordsIn, namesIn } from '../../src/data/names-in.ts';
import { sourceCredit, sourceOutlet } from '../../src/data/source-credit.ts';

const wire = { publisher: 'TASS', kind: 'original', via: undefined } as const;
const aggregated = { publisher: 'Forbes', kind: 'aggregator', via: 'Championat' } as const;

describe('a source as an inline citation names it', () => {
  it('in English, as the data spells it', () => {
    expect(sourceOutlet(wire)).toBe('TASS');
    expect(sourceOutlet(aggregated)).toBe('Forbes via Championat');
  });

  it('in Russian, with each name the Russian edition spells in Cyrillic, and the others as the data does', () => {
    const words = { via: 'через', names: namesIn('ru') };
    expect(sourceOutlet(wire, words)).toBe('ТАСС');
    expect(sourceOutlet(aggregated, words)).toBe('Forbes через «Чемпионат»');
    expect(sourceOutlet({ publisher: 'Reuters', kind: 'original', via: undefined }, words)).toBe('Reuters');
  });
});

describe('a source as a full citation credits it', () => {
  const kinds = [
    { publisher: 'TASS', kind: 'original', via: undefined },
    { publisher: 'Reuters', kind: 'wire-copy', via: 'Daily8' },
    { publisher: 'artsakh.news', kind: 'wire-copy', via: undefined },
    { publisher: 'Wikipedia', kind: 'mirror', via: 'wiki-gateway.eudic.net' },
    { publisher: 'Forbes', kind: 'aggregator', via: 'Championat' },
  ] as const;

  it('in English, naming the original publisher first and the site it was read on after', () => {
    expect(kinds.map((source) => sourceCredit(source, creditWordsIn('en')))).toEqual([
      'TASS',
      'Reuters (text via Daily8)',
      'artsakh.news (syndicated copy; original not named)',
      'Wikipedia (mirror: wiki-gateway.eudic.net)',
      'Forbes (as reported by Championat)',
    ]);
  });

  it('in Russian, with the names as the records spell them for the Russian edition (datasetsIn), each named once', () => {
    const names = namesIn('ru');
    const spelt = kinds.map((s) => ({ ...s, publisher: names[s.publisher] ?? s.publisher, via: s.via && (names[s.via] ?? s.via) }));
    expect(spelt.map((source) => sourceCredit(source, creditWordsIn('ru')))).toEqual([
      'ТАСС',
      'Reuters (текст на сайте Daily8)',
      'artsakh.news (перепечатка; оригинал не назван)',
      '«Википедия» (зеркало: wiki-gateway.eudic.net)',
      'Forbes (по сообщению сайта «Чемпионат»)',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { namesIn } from '../../src/data/names-in.ts';
import { sourceOutlet } from '../../src/data/source-credit.ts';

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

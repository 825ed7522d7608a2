import { describe, expect, it } from 'vitest';
import { fill, placeholdersOf, templateParts } from '../../src/core/fill.ts';

describe('fill', () => {
  it('puts each value where its placeholder is, and leaves other text alone', () => {
    expect(fill('Monthly reach, {month}', { month: 'July 2025' })).toBe('Monthly reach, July 2025');
    expect(fill('{filled} of {total} squares', { filled: 97, total: 146 })).toBe('97 of 146 squares');
    expect(fill('No placeholder {here', {})).toBe('No placeholder {here');
  });

  it('refuses a placeholder it has no value for, so that no "{month}" reaches a page', () => {
    expect(() => fill('Monthly reach, {month}', { period: '2025-07' })).toThrow(/\{month\}/);
  });

  it('lists a template’s placeholders, sorted', () => {
    expect(placeholdersOf('Source: {measured}, via {outlets}')).toEqual(['measured', 'outlets']);
    expect(placeholdersOf('Blocks')).toEqual([]);
  });
});

describe('templateParts', () => {
  it('cuts a template at its placeholders, for a page that puts an element there', () => {
    expect(templateParts('Every figure links to its {sources}.', {}, ['sources'])).toEqual([
      'Every figure links to its ',
      { name: 'sources' },
      '.',
    ]);
    expect(templateParts('{a} and {b}', {}, ['a', 'b'])).toEqual([{ name: 'a' }, ' and ', { name: 'b' }]);
    expect(templateParts('No placeholder', {}, [])).toEqual(['No placeholder']);
    expect(templateParts('Chapter {order} · {start}', { order: 2 }, ['start'])).toEqual(['Chapter ', '2', ' · ', { name: 'start' }]);
    // A value is not read again for placeholders.
    expect(templateParts('{order} · {start}', { order: '{start}' }, ['start'])).toEqual(['{start}', ' · ', { name: 'start' }]);
  });

  it('refuses a placeholder that is neither a value nor an element of the page', () => {
    expect(() => templateParts('Chapter {order} of {total}', { order: 2 }, ['start'])).toThrow(/\{total\}/);
    expect(() => fill('{constructor}', {})).toThrow(/\{constructor\}/);
  });
});

import { describe, expect, it } from 'vitest';
import { fill, placeholdersOf } from '../../src/core/fill.ts';

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

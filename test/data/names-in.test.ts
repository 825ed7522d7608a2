import { describe, expect, it } from 'vitest';
import { nameIn } from '../../src/data/names-in.ts';

describe('nameIn', () => {
  it('spells a name as the edition does, and one its file does not list as the data does', () => {
    expect(nameIn('ru', 'Rosstat')).toBe('Росстат');
    expect(nameIn('ru', 'TASS')).toBe('ТАСС');
    expect(nameIn('ru', 'Reuters')).toBe('Reuters');
    expect(nameIn('en', 'TASS')).toBe('TASS');
  });
});

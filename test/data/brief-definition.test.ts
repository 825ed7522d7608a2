import { describe, expect, it } from 'vitest';
import { briefDefinition } from '../../src/data/brief-definition.ts';

describe('briefDefinition', () => {
  it('keeps the first sentence, in its own words', () => {
    expect(briefDefinition('Mediascope measures audiences in Russia. Its figures are monthly reach.')).toBe(
      'Mediascope measures audiences in Russia.',
    );
    expect(briefDefinition('A law of 2016. “Yarovaya” is its author’s name.')).toBe('A law of 2016.');
  });

  it('does not end a sentence inside a number, a law’s name or a lower-case run-on', () => {
    expect(briefDefinition('Federal Law 236-FZ of 2021, for 500,000 users. It took effect in 2022.')).toBe(
      'Federal Law 236-FZ of 2021, for 500,000 users.',
    );
    expect(briefDefinition('Lists of approved services, e.g. banks and maps.')).toBe('Lists of approved services, e.g. banks and maps.');
  });
});

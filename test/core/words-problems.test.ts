import { describe, expect, it } from 'vitest';
import { wordsProblems } from '../../src/core/words-problems.ts';

const words = (ru: Record<string, string>) => ({
  en: { title: 'Monthly reach', heading: 'Monthly reach, {month}', tick: '{value} M' },
  ru: { title: 'Месячный охват', ...ru },
});

describe('wordsProblems', () => {
  it('names a word a translation lacks, leaves empty or adds', () => {
    expect(wordsProblems(words({ heading: ' ', extra: 'Лишнее' }))).toEqual([
      'ru.heading: empty',
      'ru.tick: missing (English: "{value} M")',
      'ru.extra: no such key in the English words',
    ]);
  });

  it('names a translation that loses or invents a figure (its placeholders differ from the English)', () => {
    expect(wordsProblems(words({ heading: 'Месячный охват', tick: '{value} млн за {month}' }))).toEqual([
      'ru.heading: "Месячный охват" has no placeholder where the English has the placeholder {month}',
      'ru.tick: "{value} млн за {month}" has the placeholders {month}, {value} where the English has the placeholder {value}',
    ]);
  });

  it('holds a figure the data prints, {claim:…}, to the English one, as it does a placeholder', () => {
    const event = (ru: string) => ({ en: { 'event.E47': '{claim:merilo} of requests failing' }, ru: { 'event.E47': ru } });
    expect(wordsProblems(event('{claim:merilo} запросов не проходят'))).toEqual([]);
    expect(wordsProblems(event('{claim:merilo-other} запросов не проходят'))).toEqual([
      'ru.event.E47: "{claim:merilo-other} запросов не проходят" has the placeholder {claim:merilo-other} where the English has the placeholder {claim:merilo}',
    ]);
  });

  it('names a brace that is not a placeholder, which fill would print as it stands', () => {
    expect(wordsProblems(words({ heading: 'Месячный охват, {Month}', tick: '{value} млн' }))).toEqual([
      'ru.heading: "Месячный охват, {Month}" has a brace outside a placeholder: keep the English ones exactly as they are, in Latin letters (the placeholder {month})',
    ]);
  });

  it('reads only a language’s own keys, never an object’s built-in names', () => {
    expect(wordsProblems({ en: { title: 'Events' }, ru: { title: 'События', constructor: 'Лишнее' } })).toEqual([
      'ru.constructor: no such key in the English words',
    ]);
  });
});

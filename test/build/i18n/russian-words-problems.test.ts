import { describe, expect, it } from 'vitest';
import { russianWordsProblems } from '../../../src/build/i18n/russian-words-problems.ts';

describe('russianWordsProblems', () => {
  it('passes Russian words set by the rules, their placeholders read as figures', () => {
    expect(
      russianWordsProblems({ kicker: 'Глава {order} из {count} · {minutes}\u00a0мин чтения', note: 'Источник: Mediascope' }, [
        'Mediascope',
      ]),
    ).toEqual([]);
  });

  it('names a key that breaks Russian typography, quoting the file’s own text where a placeholder was read as a figure', () => {
    expect(russianWordsProblems({ kicker: 'Глава {order} - чтение', plain: 'Разделы - сайта' }, [])).toEqual([
      'kicker: Russian typography: a dash, not a hyphen, between words: “Глава 1 - чтение” in “Глава {order} - чтение”',
      'plain: Russian typography: a dash, not a hyphen, between words: “Разделы - сайта”',
    ]);
  });

  it('names English left outside the Latin names list', () => {
    expect(russianWordsProblems({ note: 'Source: Mediascope' }, ['Mediascope'])).toEqual([
      'note: English left untranslated: “Source” (a name that stays in Latin letters belongs in content/i18n/latin-names.json)',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { russianTypography } from '../../../src/build/i18n/russian-typography.ts';

const _ = '\u00a0';
const rulesBroken = (text: string) => [...new Set(russianTypography(text).map((finding) => finding.rule))];

describe('the lint of Russian typography', () => {
  it('passes text that keeps every rule', () => {
    const good = [
      `13${_}августа${_}2025${_}г. Роскомнадзор сообщил, что «частично ограничивает звонки».`,
      `Охват WhatsApp в июле 2025 года — 97,3${_}млн человек.`.replace(' —', `${_}—`),
      `Население: 146${_}028${_}325 человек; в 2025 году, 1${_}000${_}000 и 5000.`,
      `Он назвал это «мерой „защиты“ граждан».`,
      'Источник: https://www.reuters.com/world/2025.08.13/ и mail@example.org.',
      'Штраф по ст. 13.41 КоАП, решение от 01.11.2019; O’Reilly, Russia’s.',
      'Пять маяков, самая 2000-я строка.',
      `— Реплика в диалоге.\n— Ответ.`,
      `В июле${_}2025 и в 2024–2025${_}гг.`,
    ];
    for (const text of good) expect(russianTypography(text), text).toEqual([]);
  });

  it.each([
    ['straight quotes', 'Он сказал "нет".', 'quotes are «» outside and „“ inside, never straight ones'],
    ['English quotes', 'Он сказал “нет”.', 'quotes are «» outside and „“ inside, in pairs, never English or single ones'],
    ['an unclosed quote', 'Он сказал «нет.', 'quotes are «» outside and „“ inside, in pairs, never English or single ones'],
    ['inner quotes outside', 'Он сказал „нет“.', 'quotes are «» outside and „“ inside, in pairs, never English or single ones'],
    ['a single quote', 'Он сказал ‘нет’.', 'quotes are «» outside and „“ inside, in pairs, never English or single ones'],
    ['a decimal point', `Охват: 97.3${_}млн.`, 'a decimal comma in a figure'],
    ['a hyphen for a dash', 'Звонки - ограничены.', 'a dash, not a hyphen, between words'],
    ['a plain space in a month label', 'июль 2025', 'a no-break space between a month and its year'],
    ['a plain space before "гг."', `в 2024–2025 гг.`, 'a no-break space between a year and "г."'],
    ['a grouped year', 'В 2 025 году.', 'a four-digit number is never grouped'],
    ['a plain space before a dash', 'Звонки — ограничены.', 'a no-break space before a dash'],
    ['a plain space in a date', `13 августа${_}2025${_}г.`, 'a no-break space between a day and its month'],
    ['a plain space before the year', `13${_}августа 2025${_}г.`, 'a no-break space between a month and its year'],
    ['a plain space before "г."', `13${_}августа${_}2025 г.`, 'a no-break space between a year and "г."'],
    ['a plain space before a unit', 'Охват: 97,3 млн.', 'a no-break space between a number and its unit'],
    ['a second full stop after "г."', `с 1${_}сентября${_}2025${_}г..`, 'one full stop after "г." at the end of a sentence'],
  ])('finds %s', (_name, text, rule) => {
    expect(rulesBroken(text)).toEqual([rule]);
  });

  it('quotes the text around each mistake, with no-break spaces shown', () => {
    expect(russianTypography(`В июле 97.3${_}млн человек.`)).toEqual([
      { rule: 'a decimal comma in a figure', at: `В июле 97.3⍽млн человек.` },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  formatClaim,
  formatEventDate,
  formatMonth,
  formatNumber,
  formatReach,
  formatShortMonth,
  formatTick,
  listProse,
  quote,
  stopAfter,
} from '../../src/core/format.ts';
import { russianTypography } from '../../src/build/i18n/russian-typography.ts';

/** No-break space, written visibly in the expectations below. */
const _ = '\u00a0';

describe('English, as the site has always written it', () => {
  it('writes months, dates and spans', () => {
    expect(formatMonth('2025-07')).toBe('July 2025');
    expect(formatShortMonth('2025-12')).toBe('Dec 2025');
    expect(formatEventDate('2025-08-13')).toBe('13 August 2025');
    expect(formatEventDate('2025-08-13', undefined, { year: false })).toBe('13 August');
    expect(formatEventDate('2019-03')).toBe('March 2019');
    expect(formatEventDate('2021-12-01', '2021-12-08')).toBe('1–8 December 2021');
    expect(formatEventDate('2025-11-28', '2026-01-02')).toBe('28 November 2025 – 2 January 2026');
  });

  it('writes figures as reported, lists and quotes', () => {
    expect(formatReach({ reach: 97.3 })).toBe('97.3 M');
    expect(formatReach({ reach: 97, qualifier: 'more-than' })).toBe('over 97 M');
    expect(formatReach({ reach: 42, qualifier: 'about' })).toBe('about 42 M');
    expect(formatNumber(146028325)).toBe('146,028,325');
    expect(formatNumber(5000)).toBe('5,000');
    expect(listProse(['WhatsApp', 'Telegram', 'MAX'])).toBe('WhatsApp, Telegram and MAX');
    expect(quote('restricted')).toBe('“restricted”');
    expect(quote('restricted', 'en', true)).toBe('‘restricted’');
  });

  it('writes a claim exactly as it was worded, from its amount, unit and hedge', () => {
    expect(formatClaim({ amount: 100, unit: 'million', qualifier: 'over' })).toBe('over 100 million');
    expect(formatClaim({ amount: 96, unit: 'million', qualifier: 'estimated' })).toBe('an estimated 96 million');
    expect(formatClaim({ amount: 89, unit: 'million', qualifier: 'more-than' })).toBe('more than 89 million');
    expect(formatClaim({ amount: 75, unit: 'million' })).toBe('75 million');
    expect(formatClaim({ amount: 65, unit: 'million', qualifier: 'about' })).toBe('about 65 million');
    expect(formatClaim({ amount: 34, unit: 'count' })).toBe('34');
    expect(formatClaim({ amount: 12, unit: 'years', qualifier: 'and-over' })).toBe('12 and over');
    expect(formatClaim({ amount: 2000, unit: 'count', qualifier: 'about' })).toBe('about 2,000');
    expect(formatClaim({ amount: 45.6, unit: 'percent' })).toBe('45.6%');
  });
});

describe('Russian, by the rules of Russian typography', () => {
  it('writes month labels in the nominative, and dates in the genitive with "г." and no-break spaces', () => {
    expect(formatMonth('2025-07', 'ru')).toBe(`июль${_}2025`);
    expect(formatMonth('2025-08', 'ru')).toBe(`август${_}2025`);
    expect(formatShortMonth('2025-12', 'ru')).toBe(`дек.${_}2025`);
    expect(formatEventDate('2025-08-13', undefined, {}, 'ru')).toBe(`13${_}августа${_}2025${_}г.`);
    expect(formatEventDate('2025-08-13', undefined, { year: false }, 'ru')).toBe(`13${_}августа`);
    expect(formatEventDate('2021-12-01', '2021-12-08', {}, 'ru')).toBe(`1–8${_}декабря${_}2021${_}г.`);
    expect(formatEventDate('2025-11-28', '2026-01-02', {}, 'ru')).toBe(`28${_}ноября${_}2025${_}г.${_}– 2${_}января${_}2026${_}г.`);
  });

  it('writes decimal commas, never groups a year, and joins a figure to its unit', () => {
    expect(formatReach({ reach: 97.3 }, 'ru')).toBe(`97,3${_}млн`);
    expect(formatReach({ reach: 97, qualifier: 'more-than' }, 'ru')).toBe(`более 97${_}млн`);
    expect(formatReach({ reach: 42, qualifier: 'about' }, 'ru')).toBe(`около 42${_}млн`);
    expect(formatNumber(2025, 'ru')).toBe('2025');
    expect(formatNumber(5000, 'ru')).toBe('5000');
    expect(formatNumber(146028325, 'ru')).toBe(`146${_}028${_}325`);
    expect(formatNumber(17.9, 'ru')).toBe('17,9');
  });

  it('writes a claim with its hedge in Russian, and its unit joined to its figure', () => {
    expect(formatClaim({ amount: 100, unit: 'million', qualifier: 'over' }, 'ru')).toBe(`свыше 100${_}млн`);
    expect(formatClaim({ amount: 96, unit: 'million', qualifier: 'estimated' }, 'ru')).toBe(`ориентировочно 96${_}млн`);
    expect(formatClaim({ amount: 89, unit: 'million', qualifier: 'more-than' }, 'ru')).toBe(`более 89${_}млн`);
    expect(formatClaim({ amount: 12, unit: 'years', qualifier: 'and-over' }, 'ru')).toBe(`12${_}лет и старше`);
    expect(formatClaim({ amount: 21, unit: 'years', qualifier: 'and-over' }, 'ru')).toBe(`21${_}год и старше`);
    expect(formatClaim({ amount: 3, unit: 'years' }, 'ru')).toBe(`3${_}года`);
    expect(formatClaim({ amount: 5, unit: 'million', qualifier: 'and-over' }, 'ru')).toBe(`5${_}млн и более`);
    expect(formatClaim({ amount: 2000, unit: 'count', qualifier: 'about' }, 'ru')).toBe('около 2000');
    expect(formatClaim({ amount: 79.4, unit: 'percent' }, 'ru')).toBe(`79,4${_}%`);
  });

  it('writes lists with "и", and quotes in «», with „“ inside', () => {
    expect(listProse(['WhatsApp', 'Telegram', 'MAX'], 'ru')).toBe('WhatsApp, Telegram и MAX');
    expect(quote(`звонки ${quote('ограничены', 'ru', true)}`, 'ru')).toBe('«звонки „ограничены“»');
    // A translation's words are linted alone, so a quote inside them is written in «»: quoted, it takes „“.
    expect(quote('«Деградация» YouTube — вынужденный шаг', 'ru')).toBe('«„Деградация“ YouTube — вынужденный шаг»');
  });

  it('passes its own lint: everything the formatters write in Russian keeps the rules', () => {
    const written = [
      formatEventDate('2025-08-13', undefined, {}, 'ru'),
      formatEventDate('2025-11-28', '2026-01-02', {}, 'ru'),
      formatReach({ reach: 97.3 }, 'ru'),
      formatClaim({ amount: 96, unit: 'million', qualifier: 'estimated' }, 'ru'),
      formatClaim({ amount: 79.4, unit: 'percent' }, 'ru'),
      formatNumber(146028325, 'ru'),
      formatNumber(2025, 'ru'),
      formatMonth('2025-07', 'ru'),
      formatShortMonth('2025-12', 'ru'),
      quote(`звонки ${quote('ограничены', 'ru', true)}`, 'ru'),
    ].join(' ');
    expect(russianTypography(written)).toEqual([]);
  });
});

describe('timeline ticks', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  it('name the year on the first of January, the month on the first of a month, else the day', () => {
    expect(['2025-01-01', '2025-02-01', '2025-02-03'].map((iso) => formatTick(day(iso)))).toEqual(['2025', 'Feb', '3 Feb']);
    expect(['2025-01-01', '2025-02-01', '2025-09-15'].map((iso) => formatTick(day(iso), 'ru'))).toEqual(['2025', 'февр.', '15\u00a0сент.']);
  });
});

describe('stopAfter', () => {
  it('gives a citation part its full stop, unless it ends in one of its own', () => {
    expect(['Reuters', 'City A.M.', 'n.d.', 'Who wins?', 'The fine of 7.2 …', '2025-08-13'].map((part) => part + stopAfter(part))).toEqual([
      'Reuters.',
      'City A.M.',
      'n.d.',
      'Who wins?',
      'The fine of 7.2 …',
      '2025-08-13.',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { CHAR_EM, CYRILLIC_EM, textWidth, wrapText } from '../../src/core/text.ts';

describe('text widths, estimated per script', () => {
  it('measures Latin text as before, a character at a time', () => {
    expect(textWidth('Laws and rulings', 10)).toBeCloseTo(16 * 10 * CHAR_EM.regular);
    expect(textWidth('Laws and rulings', 10, 'bold')).toBeCloseTo(16 * 10 * CHAR_EM.bold);
  });

  it('measures Cyrillic letters wider, and a mixed label letter by letter', () => {
    expect(textWidth('Блокировки', 10)).toBeCloseTo(10 * 10 * CYRILLIC_EM.regular);
    // "в " and "WhatsApp": 1 Cyrillic letter, 9 other characters.
    expect(textWidth('в WhatsApp', 10)).toBeCloseTo(10 * (CYRILLIC_EM.regular + 9 * CHAR_EM.regular));
    expect(textWidth('Законы и решения', 12)).toBeGreaterThan(textWidth('Laws and rulings', 12));
  });

  it('is generous: wider than the widths measured in Chromium with DejaVu Sans', () => {
    // Em a character, measured on canvas: Russian labels 0.62 to 0.64 regular, 0.68 to 0.71 semibold; Latin 0.58, 0.65.
    expect(textWidth('Замедления и штрафы', 100) / 19).toBeGreaterThan(64);
    expect(textWidth('Замедления и штрафы', 100, 'bold') / 19).toBeGreaterThan(71);
    expect(textWidth('abcdefghijklmnopqrstuvwxyz', 100) / 26).toBeGreaterThan(58);
  });

  it('wraps Russian text sooner than English text of as many letters', () => {
    expect(wrapText('Ограничение звонков', 100, 10)).toEqual(['Ограничение', 'звонков']);
    expect(wrapText('Restricting calls', 110, 10)).toEqual(['Restricting calls']);
  });

  it('never breaks at a no-break space', () => {
    expect(wrapText('около 97\u00a0млн человек', 60, 10)).toEqual(['около', '97\u00a0млн', 'человек']);
  });
});

import { describe, expect, it } from 'vitest';
import { stepSummary } from '../../../src/build/kit/step-summary.ts';

describe('a step’s one-line summary on the handout', () => {
  it('keeps a short first sentence whole and leaves the rest out', () => {
    expect(stepSummary('Two bars: WhatsApp 97.3 million and Telegram 90.8 million, July 2025. Telegram is in colour.')).toBe(
      'Two bars: WhatsApp 97.3 million and Telegram 90.8 million, July 2025.',
    );
  });

  it('shortens a long sentence between words, with an ellipsis, within the limit', () => {
    const summary = stepSummary(
      'Zoomed to 2024: YouTube slowed from July, Signal blocked in August, Discord in October and Viber in December.',
      60,
    );
    expect(summary).toBe('Zoomed to 2024: YouTube slowed from July, Signal blocked…');
    expect(summary.length).toBeLessThanOrEqual(60);
  });

  it('never splits a figure or a date, nor leaves a number without what it counts', () => {
    const alt = 'One bar: WhatsApp reached 97.3 million people in Russia on 13 August 2025 in all 146 regions';
    for (let max = 20; max < alt.length; max++) {
      const summary = stepSummary(alt, max);
      expect(summary.length, summary).toBeLessThanOrEqual(max);
      expect(summary, `max ${max}`).toMatch(
        /^One bar(?:: WhatsApp(?: reached(?: 97\.3 million(?: people(?: in Russia(?: on 13 August 2025(?: in all)?)?)?)?)?)?)?…$/,
      );
    }
    for (const max of [40, 55, 62]) {
      expect(stepSummary('Zoomed to 2022: Facebook restricted; one hundred and forty-six squares in a grid', max)).toBe(
        'Zoomed to 2022: Facebook restricted…',
      );
    }
  });

  it('drops a dangling word and never leaves a parenthesis open', () => {
    expect(stepSummary('A grid of squares, each one person of Russia’s people of all ages (Rosstat, 1 January 2025).', 80)).toBe(
      'A grid of squares, each one person of Russia’s people of all ages…',
    );
    expect(stepSummary('A timeline of the register and the law of the land and of the courts', 40)).toBe(
      'A timeline of the register and the law…',
    );
  });

  it('keeps a sentence whole when no cut within the limit would leave its figures whole', () => {
    expect(stepSummary('97.3 million 90.8 million 17.9 million 32.2 million', 30)).toBe(
      '97.3 million 90.8 million 17.9 million 32.2 million',
    );
  });

  it('reads Russian as Russian: its first sentence, and no cut inside a figure, a date or quotes, nor after a short word', () => {
    expect(stepSummary('Два столбца: WhatsApp 97,3 млн и Telegram 90,8 млн, июль 2025. Telegram выделен цветом.')).toBe(
      'Два столбца: WhatsApp 97,3 млн и Telegram 90,8 млн, июль 2025.',
    );
    // A year's "г." ends no sentence.
    expect(stepSummary('Один столбец: в июле 2025\u00a0г. WhatsApp охватил 97,3\u00a0млн человек. Второе предложение.')).toBe(
      'Один столбец: в июле 2025\u00a0г. WhatsApp охватил 97,3\u00a0млн человек.',
    );
    const alt = 'Один столбец: охват WhatsApp 97,3 млн человек 13 августа 2025 г. в «пакете Яровой» и в регионах';
    for (let max = 20; max < alt.length; max++) {
      const summary = stepSummary(alt, max);
      expect(summary.length, summary).toBeLessThanOrEqual(max);
      expect(summary, `max ${max}`).toMatch(
        /^Один столбец(?:: охват(?: WhatsApp(?: 97,3 млн(?: человек(?: 13 августа 2025 г\.(?: в «пакете Яровой»)?)?)?)?)?)?…$/,
      );
    }
  });
});

import { describe, expect, it } from 'vitest';
import { pseudoDatasets, pseudoWords } from '../../src/build/i18n/pseudo-locale.ts';
import { shapesApart } from '../../src/build/mdx/check-step.ts';
import { stylesOf } from '../../src/charts/chart.ts';
import { chartText, type Language } from '../../src/charts/chart-words.ts';
import { frameProblems } from '../../src/charts/check-frame.ts';
import { charts } from '../../src/charts/registry.ts';
import { rememberedRoom } from '../../src/charts/remembered-room.ts';
import { finalizeFrame, type Frame, type SizeName } from '../../src/frame/frame.ts';
import { datasets } from '../helpers/datasets.ts';

/**
 * Each layout keeps room for the longest words of every language it is given (Chart.layout's `languages`): beside a
 * language whose every word is half as wide again, the English frame makes the same room, so that both draw every bar,
 * square, dot and line in the same place and neither runs out of its drawing.
 */
const cases: readonly { chart: string; state: unknown; size: SizeName; longer: (frame: Frame) => boolean }[] = [
  {
    chart: 'user-shares',
    state: { period: '2025-12' },
    size: 'narrow',
    longer: (frame) => frame.marks.some((m) => m.key === 'period:2'),
  },
  {
    chart: 'population-coverage',
    state: { platforms: ['whatsapp', 'telegram'], period: '2025-07' },
    size: 'narrow',
    longer: (frame) => frame.marks.some((m) => m.key === 'heading:2'),
  },
  {
    chart: 'ban-sequence',
    state: { from: '2012-01', to: '2026-06', labels: ['E08', 'E11'] },
    size: 'narrow',
    longer: (frame) => frame.marks.some((m) => m.key === 'legend:reported-text:2'),
  },
];

describe.each(cases)(
  '$chart at the $size size, beside a language whose words run half as wide again',
  ({ chart: name, state, size, longer }) => {
    const chart = charts[name]!;
    const parsed = chart.stateSchema.parse(state);
    const english: Language<unknown> = { data: chart.select(datasets), text: chartText(chart.words, 'en') };
    const long: Language<unknown> = {
      data: chart.select(pseudoDatasets(datasets, 1.5)),
      text: { locale: 'en', words: pseudoWords(chart.words.en, 1.5) },
    };
    const draw = ({ data, text }: Language<unknown>, languages?: readonly Language<unknown>[]) =>
      finalizeFrame(chart.layout(data, parsed, chart.sizes[size], text, languages));

    it('draws both frames alike but for their words, each within its drawing, the longer words on more lines', () => {
      const both = [english, long];
      const [inEnglish, inLong] = [draw(english, both), draw(long, both)];
      expect(shapesApart(inEnglish, inLong)).toEqual([]);
      expect(frameProblems(inEnglish, stylesOf(chart))).toEqual([]);
      expect(frameProblems(inLong, stylesOf(chart))).toEqual([]);
      expect(longer(inLong)).toBe(true);
      expect(longer(inEnglish)).toBe(false);
    });

    it('makes room in English only for such a language: alone, English keeps its own geometry', () => {
      expect(shapesApart(draw(english), draw(english, [english, long])).length).toBeGreaterThan(0);
      expect(draw(english)).toEqual(draw(english, [english]));
    });
  },
);

describe('rememberedRoom', () => {
  it('measures once for each list of languages and width', () => {
    let measured = 0;
    const room = rememberedRoom((size: { width: number; height: number }, languages: readonly string[]) => {
      measured += 1;
      return `${languages.join()} at ${size.width}`;
    });
    const languages = ['en', 'ru'];
    expect(room({ width: 320, height: 400 }, languages)).toBe('en,ru at 320');
    expect(room({ width: 320, height: 200 }, languages)).toBe('en,ru at 320');
    expect(room({ width: 640, height: 400 }, languages)).toBe('en,ru at 640');
    expect(room({ width: 320, height: 400 }, ['en', 'ru'])).toBe('en,ru at 320');
    expect(measured).toBe(3);
  });
});

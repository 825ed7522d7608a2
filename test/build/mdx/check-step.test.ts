import { describe, expect, it } from 'vitest';
import { StepError, checkStep, shapesApart } from '../../../src/build/mdx/check-step.ts';
import type { Frame } from '../../../src/frame/frame.ts';
import { userShares } from '../../../src/charts/user-shares/index.ts';
import { datasets } from '../../helpers/datasets.ts';

const good = { id: 'a-step', alt: 'Three bars.', state: { period: '2025-07' } };

describe('checkStep', () => {
  it('returns the step with frames at both sizes', () => {
    const step = checkStep('user-shares', good, datasets);
    expect(step.id).toBe('a-step');
    expect(step.frames.narrow.width).toBe(320);
    expect(step.frames.wide.width).toBe(640);
  });

  it.each([
    ['an unknown chart', 'pie', good, 'chart "pie" is not a chart; the charts are: user-shares'],
    ['a missing id', 'user-shares', { ...good, id: undefined }, 'a step: id is missing'],
    ['an id with capitals', 'user-shares', { ...good, id: 'Step-One' }, 'step "Step-One": id must be kebab-case'],
    ['an id with underscores', 'user-shares', { ...good, id: 'step_one' }, 'must be kebab-case'],
    ['a missing alt', 'user-shares', { ...good, alt: undefined }, 'step "a-step": alt is missing'],
    ['a blank alt', 'user-shares', { ...good, alt: '  ' }, 'step "a-step": alt is missing'],
    [
      'an unknown state key',
      'user-shares',
      { ...good, state: { period: '2025-07', zoom: 2 } },
      'step "a-step": state.zoom: is not a known key; the keys are: period, highlight, show',
    ],
    [
      'a misspelt state key',
      'user-shares',
      { ...good, state: { perod: '2025-07' } },
      'step "a-step": state.perod: is not a known key; did you mean "period"? the keys are: period, highlight, show',
    ],
    [
      'a misspelt nested key',
      'ban-sequence',
      { ...good, state: { from: '2012', to: '2026', emphasis: { categorys: ['law'] } } },
      'state.emphasis.categorys: is not a known key; did you mean "categories"?',
    ],
    [
      'a show naming a platform with no figure that month',
      'user-shares',
      { ...good, state: { period: '2025-06', show: ['max'] } },
      'step "a-step": state.show.0: no MAX figure for June 2025 in audience.json; figures that month: WhatsApp',
    ],
    [
      'a highlight of a platform with no figure that month',
      'user-shares',
      { ...good, state: { period: '2025-06', highlight: 'telegram' } },
      'state.highlight: no Telegram figure for June 2025',
    ],
    [
      'a timeline window with no event in it',
      'ban-sequence',
      { ...good, state: { from: '2003', to: '2004' } },
      'state.from: no event in events.json falls between 2003 and 2004',
    ],
    [
      'a bad state value',
      'user-shares',
      { ...good, state: { period: 'July' } },
      'step "a-step": state.period: must be a month written YYYY-MM',
    ],
    [
      'a state the data cannot draw',
      'user-shares',
      { ...good, state: { period: '2020-01' } },
      'step "a-step": state.period: no figures for "2020-01"',
    ],
  ])('refuses %s', (_case, chart, step, message) => {
    expect(() => checkStep(chart, step, datasets)).toThrow(message);
  });

  it('reports every mistake of a step at once, one line each', () => {
    const step = { id: 'a-step', alt: '', state: { perod: '2025-07', show: [] } };
    expect(() => checkStep('user-shares', step, datasets)).toThrow(StepError);
    try {
      checkStep('user-shares', step, datasets);
    } catch (error) {
      const problems = (error as StepError).problems;
      expect(problems).toHaveLength(4);
      expect(problems.join('\n')).toMatch(
        /alt is missing[\s\S]*state.period: is missing[\s\S]*state.show: must name at least one platform[\s\S]*state.perod: is not a known key/,
      );
      for (const line of problems) expect(line.startsWith('step "a-step": ')).toBe(true);
    }
  });

  it('refuses a state whose Russian frame does not fit, though the English one does, naming the language and the size', () => {
    const russian = userShares.words.ru as Record<string, string>;
    const heading = russian.headingNarrow!;
    // Words joined by no-break spaces, which no line may break at: too wide for the narrow frame on any number of lines.
    russian.headingNarrow = 'Месячный\u00a0охват\u00a0мессенджеров\u00a0в\u00a0России\u00a0за {month}';
    try {
      // Data of its own, so that the room worked out for the site's data (the words' lines) is worked out anew.
      expect(() => checkStep('user-shares', { id: 'a-step', alt: 'Bars.', state: { period: '2025-07' } }, { ...datasets })).toThrow(
        /step "a-step": in Russian, at the narrow size, text "Месячный.охват.мессенджеров.в.России.за" reaches [\d.]+ past the right edge/,
      );
    } finally {
      russian.headingNarrow = heading;
    }
    expect(checkStep('user-shares', { id: 'a-step', alt: 'Bars.', state: { period: '2025-07' } }, datasets).id).toBe('a-step');
  });

  it('keeps room for the longest words of every language: a Russian heading of two lines moves the bars down in English too', () => {
    const step = { id: 'a-step', alt: 'Bars.', state: { period: '2025-07' } };
    const barTop = (frame: Frame) => Number(frame.marks.find((m) => m.key === 'bar:whatsapp')!.attrs.y);
    const before = checkStep('user-shares', step, datasets).frames.narrow;
    const russian = userShares.words.ru as Record<string, string>;
    const heading = russian.headingNarrow!;
    russian.headingNarrow = 'Месячный охват мессенджеров в России за {month}';
    try {
      const data = { ...datasets };
      const [english, inRussian] = [
        checkStep('user-shares', step, data).frames.narrow,
        checkStep('user-shares', step, data, 'ru').frames.narrow,
      ];
      const lines = inRussian.marks.filter((m) => m.key.startsWith('period')).map((m) => m.text);
      expect(lines.length).toBe(2);
      expect(lines.join(' ')).toMatch(/^Месячный охват мессенджеров в России за июль.2025$/);
      expect(english.marks.filter((m) => m.key.startsWith('period')).length).toBe(1);
      expect(barTop(english)).toBeGreaterThan(barTop(before));
      expect(barTop(inRussian)).toBe(barTop(english));
    } finally {
      russian.headingNarrow = heading;
    }
  });

  it('names the marks other than text that two frames draw differently or only one draws', () => {
    const frame = (cy: number, text: string): Frame => ({
      width: 320,
      height: 200,
      marks: [
        { key: 'dot', kind: 'circle', attrs: { cx: 10, cy, r: 4 } },
        { key: 'bar', kind: 'rect', attrs: { x: 0, y: 0, width: 10, height: 10 } },
        { key: 'label', kind: 'text', attrs: { x: 20, y: 20 }, text },
      ],
    });
    expect(shapesApart(frame(10, 'Blocks'), frame(10, 'Блокировки'))).toEqual([]);
    expect(shapesApart(frame(10, 'Blocks'), frame(12, 'Блокировки'))).toEqual(['dot']);
    expect(shapesApart(frame(10, 'Blocks'), { ...frame(10, 'Blocks'), marks: frame(10, 'Blocks').marks.slice(1) })).toEqual(['dot']);
  });
});

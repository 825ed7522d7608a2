import { describe, expect, it } from 'vitest';
import { expectLeavesInputsAlone } from '../../helpers/expect-pure.ts';
import { populationCoverage } from '../../../src/charts/population-coverage/index.ts';
import { layout as layoutIn } from '../../../src/charts/population-coverage/layout.ts';
import { words } from '../../../src/charts/population-coverage/words.ts';
import { inEnglish } from '../../helpers/english-layout.ts';
import { stateSchema } from '../../../src/charts/population-coverage/state-schema.ts';
import { unitsFor } from '../../../src/data/population-units.ts';
import type { Frame } from '../../../src/frame/frame.ts';
import { datasets } from '../../helpers/datasets.ts';

/** The layout in English, as the site draws it. */
const layout = inEnglish(layoutIn, words);

const data = populationCoverage.select(datasets);
const units = (frame: Frame, grid: number) => frame.marks.filter((m) => m.key.startsWith(`unit:${grid}:`));
const filled = (frame: Frame, grid: number, tone: string) =>
  units(frame, grid).filter((m) => String(m.attrs.class).includes(`tone-${tone}`)).length;
const texts = (frame: Frame) => frame.marks.filter((m) => m.kind === 'text').map((m) => m.text);
const parse = (state: unknown) => stateSchema.parse(state);

describe('the rounding rule: one square per million people, to the nearest million, halves up', () => {
  it.each([
    [146_028_325, 146],
    [97_300_000, 97],
    [90_800_000, 91],
    [17_900_000, 18],
    [96_500_000, 97],
    [90_970_000, 91],
    [32_200_000, 32],
    [499_999, 0],
    [500_000, 1],
  ])('%d people → %d squares', (people, squares) => expect(unitsFor(people)).toBe(squares));
});

describe.each(Object.entries(populationCoverage.sizes))('population-coverage layout (%s)', (_name, size) => {
  it('draws the population alone as 146 squares, with its source and what it excludes', () => {
    const frame = layout(data, parse({ platforms: [] }), size);
    expect(units(frame, 0)).toHaveLength(146);
    expect(filled(frame, 0, 'population')).toBe(146);
    const all = texts(frame).join(' ');
    expect(all).toContain('146,028,325');
    expect(all).toContain('Rosstat, 1 January 2025');
    expect(all).toContain('excluding four annexed Ukrainian regions');
  });

  it.each([
    ['whatsapp', '2025-07', 97, '97.3 M'],
    ['telegram', '2025-07', 91, '90.8 M'],
    ['vk-messenger', '2025-07', 18, '17.9 M'],
    ['max', '2025-12', 70, '70 M'],
    ['whatsapp', '2025-08', 97, 'over 97 M'],
  ])('fills %s in %s with %d of 146 squares and gives the figure as reported', (platform, period, count, figure) => {
    const frame = layout(data, parse({ platforms: [platform], period }), size);
    expect(units(frame, 0)).toHaveLength(146);
    expect(filled(frame, 0, platform)).toBe(count);
    expect(texts(frame).join(' ')).toContain(figure);
    expect(texts(frame).join(' ')).toContain(`${count} of 146 squares`);
  });

  it('gives each compared platform a grid of the whole population and says audiences overlap', () => {
    const frame = layout(data, parse({ platforms: ['whatsapp', 'telegram'], period: '2025-07' }), size);
    expect(units(frame, 0)).toHaveLength(146);
    expect(units(frame, 1)).toHaveLength(146);
    expect(filled(frame, 0, 'whatsapp')).toBe(97);
    expect(filled(frame, 1, 'telegram')).toBe(91);
    expect(texts(frame).join(' ')).toContain('Audiences overlap');
    const rightOfFirst = Math.max(...units(frame, 0).map((m) => Number(m.attrs.x) + Number(m.attrs.width)));
    expect(Math.min(...units(frame, 1).map((m) => Number(m.attrs.x)))).toBeGreaterThan(rightOfFirst);
  });

  it('fills squares in reading order, so the reached part is one block', () => {
    const frame = layout(data, parse({ platforms: ['telegram'], period: '2025-07' }), size);
    const classes = units(frame, 0).map((m) => String(m.attrs.class).includes('tone-telegram'));
    expect(classes.indexOf(false)).toBe(91);
    expect(classes.slice(91).every((c) => !c)).toBe(true);
  });

  it.each([
    [{ platforms: ['max'], period: '2025-07' }, 'platforms.0: no MAX figure for 2025-07'],
    [{ platforms: ['icq'], period: '2025-07' }, 'platforms.0: unknown platform "icq"'],
  ])('refuses %o', (state, message) => {
    expect(() => layout(data, parse(state), size)).toThrow(message);
  });

  it('does not mutate its input', () => {
    expectLeavesInputsAlone(layout, data, parse({ platforms: ['whatsapp', 'max'], period: '2026-01' }), size);
  });
});

describe('population-coverage state schema', () => {
  it.each([
    [{}, true],
    [{ platforms: ['whatsapp'], period: '2025-07' }, true],
    [{ platforms: ['whatsapp'] }, false],
    [{ platforms: ['a', 'b', 'c'], period: '2025-07' }, false],
    [{ platforms: [], colour: 'red' }, false],
  ])('%o is valid: %s', (state, valid) => expect(stateSchema.safeParse(state).success).toBe(valid));
});

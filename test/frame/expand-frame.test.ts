import { describe, expect, it } from 'vitest';
import { populationCoverage } from '../../src/charts/population-coverage/index.ts';
import { chartText } from '../../src/charts/chart-words.ts';
import { compactFrame } from '../../src/frame/compact-frame.ts';
import { expandFrame } from '../../src/frame/expand-frame.ts';
import { finalizeFrame, type Frame, type Mark } from '../../src/frame/frame.ts';
import { datasets } from '../helpers/datasets.ts';
import { expectLeavesInputsAlone } from '../helpers/expect-pure.ts';

const square = (i: number, tone: string, columns = 3, cell = 10): Mark => ({
  key: `unit:${i}`,
  kind: 'rect',
  group: 'units:0',
  attrs: { class: `unit ${tone}`, x: (i % columns) * cell, y: Math.floor(i / columns) * cell, width: cell * 0.8, height: cell * 0.8 },
});
const frame = (marks: Mark[]): Frame => finalizeFrame({ width: 100, height: 50, marks });
/** What expandFrame should give back: the layout's own marks, with no group (the page has no use for it). */
const ungrouped = (f: Frame) => f.marks.map(({ group: _group, ...mark }) => mark);

describe('expandFrame', () => {
  it("splits compactFrame's paths back into the same squares, with their keys, where the group stood", () => {
    const heading: Mark = { key: 'heading', kind: 'text', attrs: { class: 'chart-heading', x: 0, y: 10 }, text: 'Hi' };
    const note: Mark = { key: 'note', kind: 'text', attrs: { class: 'note', x: 0, y: 40 }, text: 'Note' };
    const f = frame([heading, ...[0, 1, 2, 3].map((i) => square(i, 'tone-a')), ...[4, 5].map((i) => square(i, 'is-empty')), note]);
    expect(expandFrame(compactFrame(f))).toEqual({ width: 100, height: 50, marks: ungrouped(f) });
  });

  it('gives squares listed out of order back where they stood, each path in its turn', () => {
    const f = frame([3, 4, 0, 1, 2, 5].map((i) => square(i, i === 5 ? 'is-empty' : 'tone-a')));
    expect(expandFrame(compactFrame(f)).marks).toEqual(ungrouped(f));
  });

  it('puts every square of a long run exactly where it was (relative moves do not drift)', () => {
    const f = frame(Array.from({ length: 400 }, (_, i) => square(i, 'tone-a', 23, 7.3)));
    expect(expandFrame(compactFrame(f)).marks).toEqual(ungrouped(f));
  });

  describe.each(Object.entries(populationCoverage.sizes))("the population grid's every square, keyed (%s)", (_name, size) => {
    const data = populationCoverage.select(datasets);
    it.each([{ platforms: [] }, { platforms: ['telegram'], period: '2025-07' }, { platforms: ['whatsapp', 'max'], period: '2026-01' }])(
      '%o',
      (state) => {
        const f = finalizeFrame(
          populationCoverage.layout(data, populationCoverage.stateSchema.parse(state), size, chartText(populationCoverage.words, 'en')),
        );
        const compact = compactFrame(f);
        expect(compact.marks.filter((m) => m.kind === 'rect')).toEqual([]);
        expect(expandFrame(compact)).toEqual({ ...f, marks: ungrouped(f) });
      },
    );
  });

  it('leaves every other mark alone, paths included', () => {
    const f = frame([
      { key: 'line:a', kind: 'path', attrs: { class: 'line', d: 'M0 0h8v8h-8z' } },
      { key: 'total:1', kind: 'path', attrs: { class: 'line', d: 'M0 0h8v8h-8z' } },
      { key: 'bar:0', kind: 'rect', attrs: { x: 1, y: 2, width: 3, height: 4 } },
    ]);
    expect(expandFrame(f)).toEqual(f);
  });

  it('does not mutate its input', () => {
    expectLeavesInputsAlone(expandFrame, compactFrame(frame([square(0, 'tone-a'), square(1, 'is-empty')])));
  });
});

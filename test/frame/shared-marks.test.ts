import { describe, expect, it } from 'vitest';
import type { Frame, Mark } from '../../src/frame/frame.ts';
import { sharedMarks } from '../../src/frame/shared-marks.ts';
import { expectLeavesInputsAlone } from '../helpers/expect-pure.ts';

const lane = (i: number): Mark => ({ key: `lane:${i}`, kind: 'line', attrs: { class: 'lane', x1: 0, x2: 100, y1: i * 10, y2: i * 10 } });
const laneName = (i: number): Mark => ({
  key: `lane-name:${i}`,
  kind: 'text',
  attrs: { class: 'lane-name', x: 0, y: i * 10 },
  text: `Lane ${i}`,
});
const event = (key: string, cx: number): Mark => ({ key, kind: 'circle', attrs: { class: 'event', cx, cy: 10, r: 4 } });
const backdrop = [0, 1, 2, 3].flatMap((i) => [lane(i), laneName(i)]);
const frame = (marks: Mark[], width = 100): Frame => ({ width, height: 50, marks });

describe('sharedMarks', () => {
  it('takes out the marks every frame begins with, identical, and leaves each frame the rest in order', () => {
    const frames = [
      frame([...backdrop, event('a', 10), event('b', 20)]),
      frame([...backdrop, event('a', 30)]),
      frame([...backdrop, event('c', 40), event('a', 50)]),
    ];
    const out = sharedMarks(frames);
    expect(out.shared).toEqual(backdrop);
    expect(out.frames).toEqual([frame([event('a', 10), event('b', 20)]), frame([event('a', 30)]), frame([event('c', 40), event('a', 50)])]);
  });

  it('stops at the first mark that differs in any frame, so the shared marks keep their painting order', () => {
    const moved = { ...lane(2), attrs: { ...lane(2).attrs, y1: 99 } };
    const frames = [
      frame([...backdrop, event('a', 10)]),
      frame([lane(0), laneName(0), lane(1), laneName(1), moved, ...backdrop.slice(5), event('a', 20)]),
    ];
    expect(sharedMarks([...frames, frames[0]!]).shared).toEqual(backdrop.slice(0, 4));
  });

  it('tells marks apart by key, kind, text, or an attribute added, removed or changed', () => {
    const base = laneName(0);
    const variants: Mark[] = [
      { ...base, key: 'other' },
      { ...base, kind: 'line' },
      { ...base, text: 'Renamed' },
      { ...base, attrs: { ...base.attrs, dy: '0.35em' } },
      { ...base, attrs: { class: 'lane-name', x: 0 } },
      { ...base, attrs: { ...base.attrs, x: '0' } },
    ];
    for (const variant of variants) {
      const frames = [frame([base, ...backdrop.slice(2)]), frame([variant, ...backdrop.slice(2)]), frame([base, ...backdrop.slice(2)])];
      expect(sharedMarks(frames).shared, JSON.stringify(variant)).toEqual([]);
    }
  });

  it('shares nothing where it would not save elements: one frame, a mark or two, or frames of different sizes', () => {
    expect(sharedMarks([frame([...backdrop, event('a', 1)])]).shared).toEqual([]);
    expect(sharedMarks([frame([lane(0), event('a', 1)]), frame([lane(0), event('a', 2)]), frame([lane(0), event('a', 3)])]).shared).toEqual(
      [],
    );
    expect(sharedMarks([frame(backdrop), frame(backdrop, 200), frame(backdrop)]).shared).toEqual([]);
    expect(sharedMarks([]).shared).toEqual([]);
  });

  it('returns the frames untouched when it shares nothing, and never changes its input', () => {
    const frames = [frame([event('a', 1)]), frame([event('b', 2)])];
    expect(sharedMarks(frames).frames).toEqual(frames);
    expectLeavesInputsAlone(sharedMarks, [frame([...backdrop, event('a', 1)]), frame([...backdrop, event('b', 2)])]);
  });
});

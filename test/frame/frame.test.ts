import { describe, expect, it } from 'vitest';
import { expectLeavesInputsAlone } from '../helpers/expect-pure.ts';
import { finalizeFrame, type Frame } from '../../src/frame/frame.ts';

const frame = (marks: Frame['marks']): Frame => ({ width: 100, height: 50, marks });

describe('finalizeFrame', () => {
  it.each([
    [12.345678, 12.3],
    [0.004, 0],
    [-0.001, 0],
    [7, 7],
  ])('rounds %d to %d user units', (value, rounded) => {
    const out = finalizeFrame(frame([{ key: 'a', kind: 'rect', attrs: { x: value, class: 'bar' } }]));
    expect(out.marks[0]!.attrs).toEqual({ x: rounded, class: 'bar' });
    expect(Object.is(out.marks[0]!.attrs.x, -0)).toBe(false);
  });

  it('refuses two marks with one key', () => {
    expect(() =>
      finalizeFrame(
        frame([
          { key: 'a', kind: 'rect', attrs: {} },
          { key: 'a', kind: 'text', attrs: {}, text: 'x' },
        ]),
      ),
    ).toThrow('two marks with key "a"');
  });

  it('keeps mark order, kinds and text', () => {
    const input = frame([
      { key: 'b', kind: 'line', attrs: { x1: 1 } },
      { key: 'a', kind: 'text', attrs: { x: 2 }, text: 'hi' },
    ]);
    expect(finalizeFrame(input)).toEqual(input);
  });

  it('does not mutate its input', () => {
    expectLeavesInputsAlone(finalizeFrame, frame([{ key: 'a', kind: 'rect', attrs: { x: 1.23456 } }]));
  });
});

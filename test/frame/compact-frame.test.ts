import { describe, expect, it } from 'vitest';
import { compactFrame } from '../../src/frame/compact-frame.ts';
import type { Frame, Mark } from '../../src/frame/frame.ts';
import { expectLeavesInputsAlone } from '../helpers/expect-pure.ts';

const square = (i: number, tone: string, group = 'units:0'): Mark => ({
  key: `unit:${i}`,
  kind: 'rect',
  group,
  attrs: { class: `unit ${tone}`, x: (i % 3) * 10, y: Math.floor(i / 3) * 10, width: 8, height: 8 },
});
const frame = (marks: Mark[]): Frame => ({ width: 100, height: 50, marks });

describe('compactFrame', () => {
  it('prints each group and class of squares as one path covering exactly the same squares', () => {
    const out = compactFrame(frame([...[0, 1, 2, 3].map((i) => square(i, 'tone-a')), ...[4, 5].map((i) => square(i, 'is-empty'))]));
    expect(out.marks.map((m) => [m.kind, m.attrs.class])).toEqual([
      ['path', 'unit tone-a'],
      ['path', 'unit is-empty'],
    ]);
    expect(out.marks[0]!.attrs.d).toBe('M0 0h8v8h-8zm10 0h8v8h-8zm10 0h8v8h-8zm-20 10h8v8h-8z');
    expect(out.marks[1]!.attrs.d).toBe('M10 10h8v8h-8zm10 0h8v8h-8z');
    expect(out.marks.every((m) => !('group' in m) && !('x' in m.attrs) && !('width' in m.attrs))).toBe(true);
  });

  it('leaves ungrouped marks as they are, in order, with the paths where their group began', () => {
    const heading: Mark = { key: 'heading', kind: 'text', attrs: { x: 0, y: 10 }, text: 'Hi' };
    const note: Mark = { key: 'note', kind: 'text', attrs: { x: 0, y: 40 }, text: 'Note' };
    const out = compactFrame(frame([heading, square(0, 'tone-a'), square(1, 'tone-a'), note]));
    expect(out.marks.map((m) => m.key)).toEqual(['heading', 'unit:0+', 'note']);
    expect(out.marks[0]).toEqual(heading);
  });

  it("keys a path by its first square's key and a `+`: each path draws squares with consecutive numbers, in order", () => {
    const tones = ['tone-a', 'tone-a', 'is-empty', 'is-empty', 'tone-a', 'tone-a'];
    const out = compactFrame(frame(tones.map((tone, i) => square(i, tone))));
    expect(out.marks.map((m) => [m.key, m.attrs.class])).toEqual([
      ['unit:0+', 'unit tone-a'],
      ['unit:2+', 'unit is-empty'],
      ['unit:4+', 'unit tone-a'],
    ]);
    // Squares listed out of order are drawn in as many paths as it takes, each standing where its first square stood.
    expect(compactFrame(frame([3, 4, 0, 1, 2].map((i) => square(i, 'tone-a')))).marks.map((m) => [m.key, m.attrs.d])).toEqual([
      ['unit:3+', 'M0 10h8v8h-8zm10 0h8v8h-8z'],
      ['unit:0+', 'M0 0h8v8h-8zm10 0h8v8h-8zm10 0h8v8h-8z'],
    ]);
  });

  it('refuses a grouped mark whose key does not end in a number', () => {
    expect(() => compactFrame(frame([{ ...square(0, 'tone-a'), key: 'unit:a' }]))).toThrow('got "unit:a"');
  });

  it('keeps two grids apart, and keys of another prefix', () => {
    const out = compactFrame(
      frame([square(0, 'tone-a', 'units:0'), square(1, 'tone-a', 'units:1'), { ...square(2, 'tone-a', 'units:1'), key: 'other:2' }]),
    );
    expect(out.marks.map((m) => m.key)).toEqual(['unit:0+', 'unit:1+', 'other:2+']);
  });

  it('does not mutate its input', () => {
    expectLeavesInputsAlone(compactFrame, frame([square(0, 'tone-a'), square(1, 'tone-a')]));
  });
});

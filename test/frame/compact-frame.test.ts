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
    expect(out.marks.map((m) => m.key)).toEqual(['heading', expect.stringMatching(/^units:0:unit tone-a:/), 'note']);
    expect(out.marks[0]).toEqual(heading);
  });

  it('keys a path by its outline: the same squares keep their key, different squares get a new one', () => {
    const a = compactFrame(frame([square(0, 'tone-a'), square(1, 'tone-a')]));
    const same = compactFrame(frame([square(0, 'tone-a'), square(1, 'tone-a')]));
    const more = compactFrame(frame([square(0, 'tone-a'), square(1, 'tone-a'), square(2, 'tone-a')]));
    expect(same.marks[0]!.key).toBe(a.marks[0]!.key);
    expect(more.marks[0]!.key).not.toBe(a.marks[0]!.key);
  });

  it('keeps two grids apart', () => {
    const out = compactFrame(frame([square(0, 'tone-a', 'units:0'), square(0, 'tone-a', 'units:1')]));
    expect(out.marks).toHaveLength(2);
    expect(new Set(out.marks.map((m) => m.key)).size).toBe(2);
  });

  it('does not mutate its input', () => {
    expectLeavesInputsAlone(compactFrame, frame([square(0, 'tone-a'), square(1, 'tone-a')]));
  });
});

import { describe, expect, it } from 'vitest';
import { frameCollisions, frameProblems } from '../../src/charts/check-frame.ts';
import { sharedStyles } from '../../src/charts/mark-style.ts';
import type { Frame, Mark } from '../../src/frame/frame.ts';

/**
 * The collision check on small hand-made frames. Text at the shared 13-unit size measures 7.8 units a character and
 * reaches from 10.4 above its baseline to 3.25 below it (src/core/text.ts, check-frame.ts), so the text below spans
 * x 20–59 and y 39.6–53.25.
 */
const frame = (...marks: Mark[]): Frame => ({ width: 320, height: 200, marks });
const lane: Mark = { key: 'lane-name:block', kind: 'text', attrs: { class: 'lane-name', x: 20, y: 50 }, text: 'Blocks' };
const dot = (cx: number, cy: number): Mark => ({ key: 'event:E04', kind: 'circle', attrs: { class: 'event', cx, cy, r: 5 } });
const leader = (key: string, x: number): Mark => ({ key, kind: 'line', attrs: { class: 'leader', x1: x, x2: x, y1: 10, y2: 120 } });
const text = (key: string, x: number, y: number, words: string): Mark => ({ key, kind: 'text', attrs: { x, y }, text: words });

describe('frameCollisions', () => {
  it('passes a frame where nothing touches', () => {
    const clean = frame(lane, dot(40, 70), leader('leader:E04', 90), text('label:E04', 92, 20, 'LinkedIn blocked'));
    expect(frameCollisions(clean, sharedStyles)).toEqual([]);
    expect(frameProblems(clean, sharedStyles)).toEqual([]);
  });

  it.each([
    ['a dot on a label', frame(lane, dot(40, 50)), 'text "Blocks" overlaps mark "event:E04"'],
    ['a leader line through a label', frame(lane, leader('leader:E32', 40)), 'text "Blocks" overlaps leader line "leader:E32"'],
    ['a label on another label', frame(lane, text('tick:2024', 50, 52, '2024')), 'text "Blocks" overlaps text "2024"'],
    [
      'a bar under a value',
      frame({ key: 'bar:max', kind: 'rect', attrs: { x: 0, y: 45, width: 30, height: 10 } }, lane),
      'mark "bar:max" overlaps text "Blocks"',
    ],
  ])('names %s, with both things', (_case, collided, message) => {
    expect(frameCollisions(collided, sharedStyles)).toEqual([message]);
    expect(frameProblems(collided, sharedStyles)).toEqual([message]);
  });

  it('names each colliding pair once', () => {
    expect(frameCollisions(frame(lane, text('a', 30, 50, 'Blocks'), dot(40, 50)), sharedStyles)).toEqual([
      'text "Blocks" overlaps text "Blocks"',
      'text "Blocks" overlaps mark "event:E04"',
      'text "Blocks" overlaps mark "event:E04"',
    ]);
  });

  it('lets a leader line touch its own label, line by line, but not another', () => {
    const label = text('label:E32', 38, 50, 'Calls');
    const second = text('label:E32:2', 38, 64, 'restricted');
    expect(frameCollisions(frame(label, second, leader('leader:E32', 40)), sharedStyles)).toEqual([]);
    expect(frameCollisions(frame(label, leader('leader:E33', 40)), sharedStyles)).toEqual([
      'text "Calls" overlaps leader line "leader:E33"',
    ]);
  });

  it('counts a dashed leader only where it is drawn, so a leader may break around a label', () => {
    // From y 10: drawn to 37, a gap to 56 (past the text, 39.6–53.25), then drawn to the end at 120.
    const broken: Mark = { ...leader('leader:E32', 40), attrs: { ...leader('leader:E32', 40).attrs, 'stroke-dasharray': '27 19 65' } };
    expect(frameCollisions(frame(lane, broken), sharedStyles)).toEqual([]);
    const short: Mark = { ...broken, attrs: { ...broken.attrs, 'stroke-dasharray': '27 5 90' } };
    expect(frameCollisions(frame(lane, short), sharedStyles)).toEqual(['text "Blocks" overlaps leader line "leader:E32"']);
  });

  it('lets text cross rules such as lanes and grid lines, which are not marks', () => {
    const rule: Mark = { key: 'lane:block', kind: 'line', attrs: { class: 'lane', x1: 0, x2: 320, y1: 48, y2: 48 } };
    expect(frameCollisions(frame(rule, lane), sharedStyles)).toEqual([]);
  });
});

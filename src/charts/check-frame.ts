import type { Frame, Mark } from '../frame/frame.ts';
import { boxesOverlap, textWidth, type Box } from '../core/text.ts';
import { textStyleOf, type StyleRule } from './mark-style.ts';

/** How far past the drawing's edge a mark may reach, in user units (rounding, anti-aliasing). */
const SLACK = 0.5;

/**
 * The box a mark covers, estimated without a DOM: text from its length and type style (generously, see text.ts),
 * with the baseline's `dy` and `text-anchor`; shapes from their geometry. Undefined for marks it cannot measure.
 */
export function markBox(mark: Mark, styles: readonly StyleRule[]): Box | undefined {
  const n = (name: string) => Number(mark.attrs[name] ?? 0);
  switch (mark.kind) {
    case 'rect':
      return { x: n('x'), y: n('y'), width: n('width'), height: n('height') };
    case 'circle':
      return { x: n('cx') - n('r'), y: n('cy') - n('r'), width: 2 * n('r'), height: 2 * n('r') };
    case 'line':
      return {
        x: Math.min(n('x1'), n('x2')),
        y: Math.min(n('y1'), n('y2')),
        width: Math.abs(n('x2') - n('x1')),
        height: Math.abs(n('y2') - n('y1')),
      };
    case 'text': {
      const { size, weight } = textStyleOf(mark, styles);
      const width = textWidth(mark.text ?? '', size, weight);
      const anchor = mark.attrs['text-anchor'] ?? 'start';
      const left = anchor === 'middle' ? n('x') - width / 2 : anchor === 'end' ? n('x') - width : n('x');
      const dy = String(mark.attrs.dy ?? '0');
      const baseline = n('y') + (dy.endsWith('em') ? Number.parseFloat(dy) * size : Number(dy));
      // Ascenders reach about 0.8 em above the baseline and descenders 0.25 em below it.
      return { x: left, y: baseline - 0.8 * size, width, height: 1.05 * size };
    }
    default:
      return undefined;
  }
}

/**
 * The boxes a mark paints: its box (markBox), or for a dashed line (`stroke-dasharray`) the box of each dash, since the
 * gaps paint nothing. Empty for marks it cannot measure.
 */
export function markBoxes(mark: Mark, styles: readonly StyleRule[]): Box[] {
  const box = markBox(mark, styles);
  const pattern = String(mark.attrs['stroke-dasharray'] ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
  if (!box || mark.kind !== 'line' || pattern.length === 0 || pattern.some((n) => !(n >= 0)) || !pattern.some((n) => n > 0))
    return box ? [box] : [];
  const n = (name: string) => Number(mark.attrs[name] ?? 0);
  const [x1, y1, x2, y2] = [n('x1'), n('y1'), n('x2'), n('y2')];
  const length = Math.hypot(x2 - x1, y2 - y1);
  const at = (d: number) => ({ x: x1 + ((x2 - x1) * d) / length, y: y1 + ((y2 - y1) * d) / length });
  // An odd list is repeated to make it even, as SVG does; the pattern repeats along the line.
  const dashes = pattern.length % 2 ? [...pattern, ...pattern] : pattern;
  const boxes: Box[] = [];
  for (let d = 0, i = 0; d < length; d += dashes[i]!, i = (i + 1) % dashes.length) {
    if (i % 2 || dashes[i] === 0) continue;
    const [a, b] = [at(d), at(Math.min(d + dashes[i]!, length))];
    boxes.push({ x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y) });
  }
  return boxes;
}

/**
 * Every way a frame would draw wrong: a mark (or the estimated box of a text) that leaves the drawing, so it would
 * be cut off or overflow, or a number that is not a number. Empty when the frame draws correctly.
 */
export function frameProblems(frame: Frame, styles: readonly StyleRule[]): string[] {
  const problems: string[] = [];
  for (const mark of frame.marks) {
    const bad = Object.entries(mark.attrs).find(([, value]) => typeof value === 'number' && !Number.isFinite(value));
    if (bad) {
      problems.push(`mark "${mark.key}" has ${bad[0]} = ${bad[1]}`);
      continue;
    }
    const box = markBox(mark, styles);
    if (!box) continue;
    const sides = [
      box.x < -SLACK && `${round(-box.x)} past the left edge`,
      box.x + box.width > frame.width + SLACK && `${round(box.x + box.width - frame.width)} past the right edge`,
      box.y < -SLACK && `${round(-box.y)} above the top`,
      box.y + box.height > frame.height + SLACK && `${round(box.y + box.height - frame.height)} below the bottom`,
    ].filter(Boolean);
    if (sides.length) {
      const what = mark.kind === 'text' ? `text "${mark.text}"` : `mark "${mark.key}"`;
      problems.push(`${what} reaches ${sides.join(' and ')} of the ${frame.width}×${frame.height} drawing`);
    }
  }
  return [...problems, ...frameCollisions(frame, styles)];
}

/**
 * What a mark is to the collision check: a text (any label, name, tick or note), a data mark (a dot, a bar, a
 * square), or a leader line (class `leader`). Other lines are rules (lanes, grid lines) that text may cross, as on
 * any chart; they are not checked.
 */
type Role = 'text' | 'mark' | 'leader';

function roleOf(mark: Mark): Role | undefined {
  const classes = String(mark.attrs.class ?? '').split(/\s+/);
  if (mark.kind === 'text') return 'text';
  if (mark.kind === 'circle' || mark.kind === 'rect') return 'mark';
  if (mark.kind === 'line' && classes.includes('leader')) return 'leader';
  return undefined;
}

/** How a collision message names a mark: a text by what it says, anything else by its key. */
function named(mark: Mark, role: Role): string {
  return role === 'text' ? `text "${mark.text}"` : role === 'leader' ? `leader line "${mark.key}"` : `mark "${mark.key}"`;
}

/**
 * A leader line belongs to its label: `leader:<id>` draws from the text `label:<id>` (or a further line of it,
 * `label:<id>:2`) down to its mark, so the two may touch.
 */
function ownLeader(leader: Mark, text: Mark): boolean {
  const id = leader.key.startsWith('leader:') ? leader.key.slice('leader:'.length) : undefined;
  return id !== undefined && (text.key === `label:${id}` || text.key.startsWith(`label:${id}:`));
}

/**
 * Every collision in a frame: a text that overlaps another text, a data mark or a leader line (other than its own),
 * by the boxes markBoxes estimates (a dashed leader only where it is drawn). Each pair is named once, in painting
 * order. Empty when nothing collides.
 */
export function frameCollisions(frame: Frame, styles: readonly StyleRule[]): string[] {
  const measured = frame.marks.flatMap((mark) => {
    const role = roleOf(mark);
    const boxes = role ? markBoxes(mark, styles) : [];
    return role && boxes.length ? [{ mark, role, boxes }] : [];
  });
  const problems: string[] = [];
  measured.forEach((a, i) => {
    if (a.role !== 'text') return;
    measured.forEach((b, j) => {
      if (i === j || (b.role === 'text' && j < i)) return;
      if (b.role === 'leader' && ownLeader(b.mark, a.mark)) return;
      if (!a.boxes.some((box) => b.boxes.some((other) => boxesOverlap(box, other)))) return;
      const [first, second] = j < i ? [b, a] : [a, b];
      problems.push(`${named(first.mark, first.role)} overlaps ${named(second.mark, second.role)}`);
    });
  });
  return problems;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

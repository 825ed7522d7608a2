import type { Frame, Mark } from './frame.ts';

/** A compacted run's key (see compactFrame): its first square's key, a prefix and a number, and a `+`. */
const RUN = /^(.*?)(0|[1-9]\d*)\+$/;

/** One square of a compacted run's path: a move (the first absolute, from 0 0, the rest relative), then its outline. */
const SQUARE = /[Mm]([^ ]+) ([^h]+)h([^v]+)v([^h]+)h[^z]+z/g;

/**
 * The inverse of compactFrame: splits each compacted path back into its squares, one keyed `rect` each, in the order
 * the path draws them (where the path stood among the other marks). The live graphic moves to these, so that each
 * square moves, fades and recolours on its own; they paint exactly what the path paints. Pure.
 */
export function expandFrame(frame: Frame): Frame {
  return { ...frame, marks: frame.marks.flatMap(expandMark) };
}

function expandMark(mark: Mark): Mark[] {
  const run = mark.kind === 'path' && RUN.exec(mark.key);
  if (!run) return [mark];
  const { d, ...attrs } = mark.attrs;
  let x = 0;
  let y = 0;
  return [...String(d).matchAll(SQUARE)].map(([, dx, dy, width, height], i) => {
    x = hundredths(x + Number(dx));
    y = hundredths(y + Number(dy));
    return { key: run[1]! + (Number(run[2]) + i), kind: 'rect', attrs: { ...attrs, x, y, width: Number(width), height: Number(height) } };
  });
}

/** The path's precision, two decimals (which keeps a sum of relative moves from drifting), never -0. */
const hundredths = (value: number) => Math.round(value * 100) / 100 + 0;

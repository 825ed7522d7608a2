import type { Frame, Mark } from './frame.ts';

/** A story's frames at one size, split into the marks they all begin with and what is left of each. */
export interface SharedMarks {
  /** The furniture: marks that every frame begins with, identical in key, kind, attributes and text; may be empty. */
  readonly shared: readonly Mark[];
  /** The frames in the same order, each without the shared marks. */
  readonly frames: readonly Frame[];
}

/**
 * Finds a story's furniture at one size (lanes, their names, a legend: marks that never change from step to step), so
 * that the page can print it once and let every frame of the story refer to it (one SVG `<use>`), rather than repeat
 * it in every step's snapshot. Pure.
 *
 * Only the marks that every frame *begins* with are shared: printed beneath the rest, they then keep their painting
 * order exactly (a layout lists its unchanging backdrop first). Frames of different sizes share nothing. The split is
 * made only when it saves elements: the page pays for one group holding the shared marks, and one `<use>` for each
 * frame and one for the live graphic.
 */
export function sharedMarks(frames: readonly Frame[]): SharedMarks {
  const [first, ...rest] = frames;
  const none = { shared: [], frames };
  if (!first || rest.some((f) => f.width !== first.width || f.height !== first.height)) return none;
  let count = 0;
  while (count < first.marks.length && rest.every((f) => count < f.marks.length && sameMark(f.marks[count]!, first.marks[count]!))) {
    count++;
  }
  const saved = frames.length * count;
  const cost = count + 1 + frames.length + 1;
  if (count === 0 || saved <= cost) return none;
  return {
    shared: first.marks.slice(0, count),
    frames: frames.map((f) => ({ width: f.width, height: f.height, marks: f.marks.slice(count) })),
  };
}

function sameMark(a: Mark, b: Mark): boolean {
  if (a.key !== b.key || a.kind !== b.kind || a.text !== b.text || a.group !== b.group) return false;
  const names = Object.keys(a.attrs);
  return (
    names.length === Object.keys(b.attrs).length && names.every((name) => Object.hasOwn(b.attrs, name) && a.attrs[name] === b.attrs[name])
  );
}

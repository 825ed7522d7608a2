/** The SVG element kinds a mark can be. */
export type MarkKind = 'rect' | 'circle' | 'path' | 'text' | 'line';

/** Attribute values a mark carries; numbers are SVG user units. */
export type MarkAttrs = Readonly<Record<string, string | number>>;

/**
 * One drawable thing, as plain data. Marks with the same `key` in two frames are the same thing moving, so keys must
 * be stable across steps (derive them from data ids, never from array positions).
 */
export interface Mark {
  /** Stable identity across frames, unique within a frame. */
  readonly key: string;
  /** Which SVG element draws it. */
  readonly kind: MarkKind;
  /** SVG attributes, including `class` for colour and type styles (colours live in CSS tokens, never here). */
  readonly attrs: MarkAttrs;
  /** Text content, for `text` marks. */
  readonly text?: string;
  /**
   * Marks of one group with the same class and size may be printed as a single `path` (see compactFrame), e.g. the
   * 146 squares of a unit grid. Only for rects that never overlap, whose order within the group does not matter. Their
   * keys end in a number that counts up in the order they are listed (`unit:0:0`, `unit:0:1`, …): one path's key then
   * names all its squares, and the live graphic splits it back into them (see expandFrame) to move each one.
   */
  readonly group?: string;
}

/** Everything a chart shows for one step at one size: plain data, no DOM. Marks are listed back to front. */
export interface Frame {
  /** Width of the drawing in SVG user units (the viewBox width). */
  readonly width: number;
  /** Height of the drawing in SVG user units (the viewBox height). */
  readonly height: number;
  /** The marks, in painting order. */
  readonly marks: readonly Mark[];
}

/** A drawing size in SVG user units; text sizes in CSS are in the same units. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** The two layouts every chart provides: `narrow` for phones (containers from 320 px), `wide` from 640 px. */
export type SizeName = 'narrow' | 'wide';

/**
 * The container widths (CSS px) from which each layout is shown; a layout is never drawn narrower than its width.
 * Layouts switch on these; src/styles/charts.css repeats `wide` in its container query.
 */
export const layoutWidths: Readonly<Record<SizeName, number>> = { narrow: 320, wide: 640 };

/**
 * Makes a layout's output ready to ship: checks that mark keys are unique (a duplicate would make two marks fight
 * over one element) and rounds numbers to 0.1 user units (about a tenth of a CSS pixel at the sizes frames are drawn), which
 * keeps pages small (every snapshot prints its numbers) and builds byte-identical.
 */
export function finalizeFrame(frame: Frame): Frame {
  const seen = new Set<string>();
  const marks = frame.marks.map((mark) => {
    if (seen.has(mark.key)) throw new Error(`layout drew two marks with key "${mark.key}"`);
    seen.add(mark.key);
    const attrs = Object.fromEntries(
      Object.entries(mark.attrs).map(([name, value]) => [name, typeof value === 'number' ? round(value) : value]),
    );
    return { ...mark, attrs };
  });
  return { width: frame.width, height: frame.height, marks };
}

function round(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}

import type { Frame, Mark } from './frame.ts';

/**
 * Prints each run of grouped rects (same `group`, class, width and height, and consecutive keys such as `unit:0:0`,
 * `unit:0:1`, …) as one `path` mark, so that a unit grid is two elements instead of 146 × 2. Pure; the page ships
 * only the compacted frame (in the snapshot SVG). The path's key is its first square's key and a `+` (`unit:0:73+`
 * draws `unit:0:73`, `unit:0:74`, … in that order), so that the live graphic can split it back into keyed squares
 * (see expandFrame) and move each one.
 */
export function compactFrame(frame: Frame): Frame {
  const open = new Map<string, { readonly marks: Mark[]; next: number }>();
  const marks: (Mark | Mark[])[] = [];
  for (const mark of frame.marks) {
    if (mark.group === undefined || mark.kind !== 'rect') {
      marks.push(withoutGroup(mark));
      continue;
    }
    const [prefix, n] = numbered(mark.key);
    const { width, height } = mark.attrs;
    const id = [mark.group, mark.attrs.class ?? '', width, height, prefix].join('|');
    let run = open.get(id);
    if (run?.next !== n) {
      run = { marks: [], next: n };
      open.set(id, run);
      marks.push(run.marks);
    }
    run.marks.push(mark);
    run.next = n + 1;
  }
  return {
    width: frame.width,
    height: frame.height,
    marks: marks.map((entry) => (Array.isArray(entry) ? runAsPath(entry) : entry)),
  };
}

function withoutGroup({ group: _group, ...mark }: Mark): Mark {
  return mark;
}

/** A grouped mark's key as a prefix and a number (`unit:0:12` is `unit:0:` and 12); expandFrame reads it the same way. */
function numbered(key: string): [string, number] {
  const [, prefix, digits] = /^(.*?)(0|[1-9]\d*)$/.exec(key) ?? [];
  if (prefix === undefined || digits === undefined) {
    throw new Error(`compactFrame: a grouped mark's key must end in a number, like "unit:0:12"; got "${key}"`);
  }
  return [prefix, Number(digits)];
}

/** One path drawing every rect of a run: an absolute move to the first, then relative moves (which compress well). */
function runAsPath(run: readonly Mark[]): Mark {
  const first = run[0]!;
  const { x: _x, y: _y, width, height, ...rest } = first.attrs;
  const w = num(width);
  const h = num(height);
  let d = '';
  let at: [number, number] | undefined;
  for (const mark of run) {
    const x = num(mark.attrs.x);
    const y = num(mark.attrs.y);
    d += at ? `m${fmt(x - at[0])} ${fmt(y - at[1])}` : `M${fmt(x)} ${fmt(y)}`;
    d += `h${fmt(w)}v${fmt(h)}h${fmt(-w)}z`;
    at = [x, y];
  }
  return { key: `${first.key}+`, kind: 'path', attrs: { ...rest, d } };
}

function num(value: string | number | undefined): number {
  const n = Number(value ?? 0);
  if (!Number.isFinite(n)) throw new Error(`compactFrame: ${String(value)} is not a number`);
  return n;
}

/** Two decimals at most, no trailing zeros, never "-0". */
function fmt(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

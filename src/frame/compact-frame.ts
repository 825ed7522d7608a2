import type { Frame, Mark } from './frame.ts';

/**
 * Prints each run of grouped rects (same `group`, class, width and height) as one `path` mark, so that a unit grid is
 * two elements instead of 146 × 2. Pure; the page ships only the compacted frame (in the snapshot SVG), and the live
 * graphic moves to exactly that. The path's key carries a digest of its outline: a grid that refills is a new mark,
 * so it cross-fades, while a grid that does not change keeps its element.
 */
export function compactFrame(frame: Frame): Frame {
  const runs = new Map<string, Mark[]>();
  const marks: (Mark | string)[] = [];
  for (const mark of frame.marks) {
    if (mark.group === undefined || mark.kind !== 'rect') {
      marks.push(mark);
      continue;
    }
    const { width, height } = mark.attrs;
    const id = [mark.group, mark.attrs.class ?? '', width, height].join('|');
    if (!runs.has(id)) {
      runs.set(id, []);
      marks.push(id);
    }
    runs.get(id)!.push(mark);
  }
  return {
    width: frame.width,
    height: frame.height,
    marks: marks.map((entry) => (typeof entry === 'string' ? runAsPath(runs.get(entry)!) : withoutGroup(entry))),
  };
}

function withoutGroup({ group: _group, ...mark }: Mark): Mark {
  return mark;
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
  return { key: `${first.group}:${String(first.attrs.class ?? '')}:${digest(d)}`, kind: 'path', attrs: { ...rest, d } };
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

/** A short, stable digest (FNV-1a, base 36) that tells two outlines apart. */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

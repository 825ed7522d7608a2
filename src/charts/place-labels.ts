import { boxesOverlap, textWidth, type Box } from '../core/text.ts';

/** A label to place: its text and the point it names (the top of its mark). */
export interface LabelRequest {
  readonly key: string;
  readonly text: string;
  readonly anchorX: number;
  readonly anchorY: number;
}

/**
 * A placed label: the box reserved for it, its text as one line or broken into two or three, where to anchor the
 * lines (so the real text, which may be narrower than the estimate, stays inside the box and touches its leader), and
 * a leader line down to its mark.
 */
export interface PlacedLabel {
  readonly key: string;
  readonly text: string;
  /** The text as it is set, on one line or more, the first on top, each with its baseline. */
  readonly lines: readonly { readonly text: string; readonly baseline: number }[];
  readonly box: Box;
  /** The x of every line's anchor point, and which end of the lines sits there. */
  readonly x: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly leader: { readonly x: number; readonly y1: number; readonly y2: number };
}

/** The band above the marks where labels go. */
export interface LabelBand {
  /** Top of the band. */
  readonly top: number;
  /** How many rows of labels fit; row 0 is the lowest, nearest the marks. */
  readonly rows: number;
  readonly rowHeight: number;
  /** The band spans x from 0 to `width`. */
  readonly width: number;
  readonly fontSize: number;
  /** Whether labels are set in bold, which runs wider. */
  readonly weight: 'regular' | 'bold';
  /** Clearance kept between a label and any other label or leader. */
  readonly gap: number;
  /**
   * Whether a label may sit in the row right above another, over it (a staircase of labels, each starting or ending
   * at its own leader), when the rows' own spacing keeps their text apart. Otherwise labels in neighbouring rows also
   * keep `gap` apart sideways. Default false.
   */
  readonly stack?: boolean;
  /**
   * 2 lets a label that does not fit, or cannot be placed, on one line be broken into two, taking two rows; 3 into
   * three as well, where two cannot fit the width (a translation's long title). Default 1: one line only.
   */
  readonly maxLines?: 1 | 2 | 3;
  /**
   * The distance between the baselines of one label's lines: less than `rowHeight`, so that the lines of one label
   * sit closer together than two labels do. Default `rowHeight`.
   */
  readonly lineHeight?: number;
}

/** How many partial placements the search may try before it settles for fewer labels. */
const SEARCH_BUDGET = 20_000;

/**
 * Places labels over their marks in a band of rows, so that no label box touches another label or another label's
 * leader line. Each label may sit centred over its mark, or start or end at it, in any row, on one line or (where
 * the band allows) broken into two or three. The search tries to place every label; when that is impossible it drops
 * the least important (last) label and tries again, so what is returned never overlaps and keeps the most important
 * labels. Pure; the order of `requests` is the priority.
 */
export function placeLabels(requests: readonly LabelRequest[], band: LabelBand): PlacedLabel[] {
  const fitting = requests.filter((r) => settings(r.text, band).length > 0);
  for (let count = fitting.length; count > 0; count--) {
    const found = search(
      fitting.slice(0, count).map((r) => options(r, band)),
      [],
      band,
      { left: SEARCH_BUDGET },
    );
    if (found) return found;
  }
  return [];
}

/**
 * Depth-first search over each label's places, in order of preference. `domains` holds, for each label still to
 * place, the places that clash with none placed so far; a place that would leave another label no place at all is
 * skipped at once (forward checking), so a search that must fail fails fast. The first solution found is the one the
 * plain search would find.
 */
function search(
  domains: readonly (readonly PlacedLabel[])[],
  placed: readonly PlacedLabel[],
  band: LabelBand,
  budget: { left: number },
): PlacedLabel[] | undefined {
  const [domain, ...rest] = domains;
  if (!domain) return [...placed];
  for (const option of domain) {
    if (--budget.left < 0) return undefined;
    const narrowed = rest.map((d) => d.filter((other) => !clashes(option, other, band)));
    if (narrowed.some((d) => d.length === 0)) continue;
    const found = search(narrowed, [...placed, option], band, budget);
    if (found) return found;
  }
  return undefined;
}

/**
 * The ways a label's text may be set within the band's width: on one line, then (where the band allows two) broken
 * at the space that makes its longer line shortest, then (where it allows three) at the two spaces that make its
 * longest line shortest. Empty when no way fits.
 */
function settings(text: string, band: Pick<LabelBand, 'width' | 'fontSize' | 'weight' | 'maxLines'>): string[][] {
  const width = (line: string) => textWidth(line, band.fontSize, band.weight);
  const widest = (lines: readonly string[]) => Math.max(...lines.map(width));
  const words = text.split(' ');
  const join = (from: number, to?: number) => words.slice(from, to).join(' ');
  const best = (splits: string[][]) => splits.sort((a, b) => widest(a) - widest(b))[0];
  const out: string[][] = [];
  if (width(text) <= band.width) out.push([text]);
  const maxLines = band.maxLines ?? 1;
  if (maxLines >= 2) {
    const two = best(words.slice(1).map((_, i) => [join(0, i + 1), join(i + 1)]));
    if (two && widest(two) <= band.width) out.push(two);
    if (maxLines === 3) {
      const three = best(
        words.slice(1).flatMap((_, i) => words.slice(i + 2).map((__, j) => [join(0, i + 1), join(i + 1, i + j + 2), join(i + j + 2)])),
      );
      if (three && widest(three) <= band.width) out.push(three);
    }
  }
  return out;
}

/**
 * Every place a label may go: on one line, each row from the lowest up, centred on its mark, then starting or ending
 * at it; then the same on two lines, and on three, where the band allows them.
 */
function options(request: LabelRequest, band: LabelBand): PlacedLabel[] {
  const out: PlacedLabel[] = [];
  for (const lines of settings(request.text, band)) {
    const width = Math.max(...lines.map((line) => textWidth(line, band.fontSize, band.weight)));
    const wanted = [
      { left: request.anchorX - width / 2, anchor: 'middle' as const },
      { left: request.anchorX - 2, anchor: 'start' as const },
      { left: request.anchorX + 2 - width, anchor: 'end' as const },
    ];
    // A label of n lines takes n rows: its last line in `row`, the others above it, `lineHeight` apart.
    const lineHeight = band.lineHeight ?? band.rowHeight;
    const spread = (lines.length - 1) * lineHeight;
    for (let row = 0; row + lines.length <= band.rows; row++) {
      const rowTop = band.top + (band.rows - 1 - row) * band.rowHeight;
      const lastBaseline = rowTop + band.fontSize;
      const seen = new Set<number>();
      for (const { left, anchor: preferred } of wanted) {
        const x = Math.min(Math.max(left, 0), band.width - width);
        if (seen.has(x)) continue;
        seen.add(x);
        // A box pushed against an edge anchors its text to that edge; otherwise the text keeps its preferred anchor.
        const anchor = x === 0 && left < 0 ? 'start' : x === band.width - width && left > x ? 'end' : preferred;
        const anchorX = anchor === 'start' ? x : anchor === 'end' ? x + width : x + width / 2;
        out.push({
          key: request.key,
          text: request.text,
          lines: lines.map((text, i) => ({ text, baseline: lastBaseline - (lines.length - 1 - i) * lineHeight })),
          box: { x, y: rowTop - spread, width, height: spread + band.rowHeight - 2 },
          x: anchorX,
          anchor,
          leader: { x: request.anchorX, y1: rowTop + band.rowHeight - 1, y2: request.anchorY },
        });
      }
    }
  }
  return out;
}

const leaderBox = (l: PlacedLabel['leader']): Box => ({ x: l.x, y: l.y1, width: 0, height: l.y2 - l.y1 });

/** True when two placed labels touch: box on box, or either box on the other's leader. */
function clashes(a: PlacedLabel, b: PlacedLabel, { gap, stack }: LabelBand): boolean {
  // Stacked, two boxes clash only when they share a row (and come within `gap` sideways).
  const boxes = stack ? boxesOverlap({ ...a.box, x: a.box.x - gap, width: a.box.width + 2 * gap }, b.box) : boxesOverlap(a.box, b.box, gap);
  return boxes || boxesOverlap(a.box, leaderBox(b.leader), gap) || boxesOverlap(leaderBox(a.leader), b.box, gap);
}

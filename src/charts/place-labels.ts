import { boxesOverlap, textWidth, type Box } from '../core/text.ts';

/** A label to place: its text and the point it names (the top of its mark). */
export interface LabelRequest {
  readonly key: string;
  readonly text: string;
  readonly anchorX: number;
  readonly anchorY: number;
}

/**
 * A placed label: the box reserved for it, where to anchor its text (so the real text, which may be narrower than
 * the estimate, stays inside the box and touches its leader), the baseline, and a leader line down to its mark.
 */
export interface PlacedLabel {
  readonly key: string;
  readonly text: string;
  readonly box: Box;
  /** The x of the text's anchor point, and which end of the text sits there. */
  readonly x: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly baseline: number;
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
}

/** How many partial placements the search may try before it settles for fewer labels. */
const SEARCH_BUDGET = 20_000;

/**
 * Places labels over their marks in a band of rows, so that no label box touches another label or another label's
 * leader line. Each label may sit centred over its mark, or start or end at it, in any row. The search tries to
 * place every label; when that is impossible it drops the least important (last) label and tries again, so what is
 * returned never overlaps and keeps the most important labels. Pure; the order of `requests` is the priority.
 */
export function placeLabels(requests: readonly LabelRequest[], band: LabelBand): PlacedLabel[] {
  const fitting = requests.filter((r) => textWidth(r.text, band.fontSize, band.weight) <= band.width);
  for (let count = fitting.length; count > 0; count--) {
    const found = search(fitting.slice(0, count), band, [], { left: SEARCH_BUDGET });
    if (found) return found;
  }
  return [];
}

function search(
  todo: readonly LabelRequest[],
  band: LabelBand,
  placed: PlacedLabel[],
  budget: { left: number },
): PlacedLabel[] | undefined {
  const [request, ...rest] = todo;
  if (!request) return placed;
  for (const option of options(request, band)) {
    if (--budget.left < 0) return undefined;
    if (placed.some((p) => clashes(option, p, band.gap))) continue;
    const found = search(rest, band, [...placed, option], budget);
    if (found) return found;
  }
  return undefined;
}

/** Every place a label may go: each row from the lowest up, centred on its mark, then starting or ending at it. */
function options(request: LabelRequest, band: LabelBand): PlacedLabel[] {
  const width = textWidth(request.text, band.fontSize, band.weight);
  const wanted = [
    { left: request.anchorX - width / 2, anchor: 'middle' as const },
    { left: request.anchorX - 2, anchor: 'start' as const },
    { left: request.anchorX + 2 - width, anchor: 'end' as const },
  ];
  const out: PlacedLabel[] = [];
  for (let row = 0; row < band.rows; row++) {
    const top = band.top + (band.rows - 1 - row) * band.rowHeight;
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
        box: { x, y: top, width, height: band.rowHeight - 2 },
        x: anchorX,
        anchor,
        baseline: top + band.fontSize,
        leader: { x: request.anchorX, y1: top + band.rowHeight - 1, y2: request.anchorY },
      });
    }
  }
  return out;
}

const leaderBox = (l: PlacedLabel['leader']): Box => ({ x: l.x, y: l.y1, width: 0, height: l.y2 - l.y1 });

/** True when two placed labels touch: box on box, or either box on the other's leader. */
function clashes(a: PlacedLabel, b: PlacedLabel, gap: number): boolean {
  return boxesOverlap(a.box, b.box, gap) || boxesOverlap(a.box, leaderBox(b.leader), gap) || boxesOverlap(leaderBox(a.leader), b.box, gap);
}

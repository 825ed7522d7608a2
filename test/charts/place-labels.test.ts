import { describe, expect, it } from 'vitest';
import { expectLeavesInputsAlone } from '../helpers/expect-pure.ts';
import { placeLabels, type LabelBand, type LabelRequest, type PlacedLabel } from '../../src/charts/place-labels.ts';
import { boxesOverlap } from '../../src/core/text.ts';

const band: LabelBand = { top: 20, rows: 3, rowHeight: 17, width: 320, fontSize: 12, weight: 'bold', gap: 4 };
const request = (key: string, anchorX: number, text = `Label ${key}`): LabelRequest => ({ key, text, anchorX, anchorY: 140 });

/** Every pair of placed labels, checked box-on-box and box-on-leader. */
function overlaps(placed: readonly PlacedLabel[]): string[] {
  const leader = (p: PlacedLabel) => ({ x: p.leader.x, y: p.leader.y1, width: 0, height: p.leader.y2 - p.leader.y1 });
  const found: string[] = [];
  placed.forEach((a, i) =>
    placed.forEach((b, j) => {
      if (i < j && boxesOverlap(a.box, b.box)) found.push(`${a.key} box on ${b.key} box`);
      if (i !== j && boxesOverlap(a.box, leader(b))) found.push(`${a.key} box on ${b.key} leader`);
    }),
  );
  return found;
}

describe('placeLabels', () => {
  it('sets a title too long for two lines on three where the band allows them, and nowhere where it allows two', () => {
    const title = 'WhatsApp, Twitter and Facebook fined over the storage of personal data';
    const narrow = { ...band, width: 200, rows: 4, lineHeight: 15 };
    expect(placeLabels([request('E12', 100, title)], { ...narrow, maxLines: 2 })).toEqual([]);
    const [placed] = placeLabels([request('E12', 100, title)], { ...narrow, maxLines: 3 });
    expect(placed!.lines.map((line) => line.text).join(' ')).toBe(title);
    expect(placed!.lines).toHaveLength(3);
    const baselines = placed!.lines.map((line) => line.baseline);
    expect(baselines[1]! - baselines[0]!).toBe(15);
    expect(placed!.box.x + placed!.box.width).toBeLessThanOrEqual(200);
  });

  it.each([
    { case: 'far-apart marks', xs: [30, 160, 290] },
    { case: 'a cluster of three marks within 20 units', xs: [150, 160, 170] },
    { case: 'marks at both edges', xs: [0, 320, 2, 318] },
    { case: 'eight marks in a row', xs: [10, 50, 90, 130, 170, 210, 250, 290] },
    { case: 'five marks on one spot', xs: [100, 100, 100, 100, 100] },
  ])('never overlaps, for $case', ({ xs }) => {
    const placed = placeLabels(
      xs.map((x, i) => request(`L${i}`, x)),
      band,
    );
    expect(placed.length).toBeGreaterThan(0);
    expect(overlaps(placed)).toEqual([]);
    for (const p of placed) {
      expect(p.box.x).toBeGreaterThanOrEqual(0);
      expect(p.box.x + p.box.width).toBeLessThanOrEqual(band.width);
      expect(p.leader.x).toBeGreaterThanOrEqual(p.box.x - 3);
      expect(p.leader.x).toBeLessThanOrEqual(p.box.x + p.box.width + 3);
      // The text is anchored at the box's start, centre or end, so real text narrower than the estimate stays inside.
      const anchorAt = { start: p.box.x, middle: p.box.x + p.box.width / 2, end: p.box.x + p.box.width }[p.anchor];
      expect(p.x).toBeCloseTo(anchorAt, 6);
    }
  });

  it('places all of a cluster of three marks, using more than one row', () => {
    const placed = placeLabels([request('a', 150), request('b', 160), request('c', 170)], band);
    expect(placed.map((p) => p.key).sort()).toEqual(['a', 'b', 'c']);
    expect(new Set(placed.map((p) => p.box.y)).size).toBeGreaterThan(1);
  });

  it('keeps the most important labels when not all fit', () => {
    const placed = placeLabels(
      [100, 100, 100, 100, 100].map((x, i) => request(`L${i}`, x)),
      band,
    );
    expect(placed.map((p) => p.key)).toEqual(['L0', 'L1', 'L2'].slice(0, placed.length));
  });

  it('anchors a label that ends at its mark by its end, so the text meets the leader whatever its real width', () => {
    const placed = placeLabels([request('a', 150), request('b', 156)], band);
    const ending = placed.filter((p) => p.anchor === 'end' && p.box.x > 0 && p.box.x + p.box.width < band.width);
    expect(ending.length).toBeGreaterThan(0);
    for (const p of ending) expect(Math.abs(p.x - p.leader.x)).toBeLessThanOrEqual(2);
  });

  it('leaves out a label wider than the band', () => {
    expect(placeLabels([request('long', 100, 'x'.repeat(60))], band)).toEqual([]);
  });

  describe('on a narrow band that allows two lines and stacking', () => {
    const narrow: LabelBand = { ...band, rows: 4, gap: 3, maxLines: 2, lineHeight: 15, stack: true };
    const long = 'Restrictions on WhatsApp and Telegram calls confirmed';

    it('sets a label too wide for one line on two, balanced, its lines closer together than two rows', () => {
      const [placed] = placeLabels([request('a', 150, long)], narrow);
      expect(placed!.lines.map((l) => l.text)).toEqual(['Restrictions on WhatsApp', 'and Telegram calls confirmed']);
      expect(placed!.lines[1]!.baseline - placed!.lines[0]!.baseline).toBe(15);
      expect(placed!.box.width).toBeLessThanOrEqual(narrow.width);
      expect(placed!.leader.y1).toBeGreaterThan(placed!.lines[1]!.baseline);
    });

    it('keeps a label that fits on one line', () => {
      expect(placeLabels([request('a', 150)], narrow)[0]!.lines.map((l) => l.text)).toEqual(['Label a']);
    });

    it('places a staircase of long labels over close marks that a band without stacking cannot', () => {
      const cluster = [
        request('a', 59, 'Facebook blocked'),
        request('b', 68, 'Instagram blocked'),
        request('c', 73, 'Meta ruled “extremist”'),
      ];
      const stacked = placeLabels(cluster, narrow);
      expect(stacked.map((p) => p.key)).toEqual(['a', 'b', 'c']);
      expect(overlaps(stacked)).toEqual([]);
      expect(placeLabels(cluster, { ...narrow, stack: false }).length).toBeLessThan(3);
    });
  });

  it('does not mutate its input', () => {
    expectLeavesInputsAlone(placeLabels, [request('a', 10), request('b', 12)], band);
  });
});

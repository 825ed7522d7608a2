import { boxesOverlap } from '../core/text.ts';
import type { Mark } from '../frame/frame.ts';
import { markBox } from './check-frame.ts';
import type { StyleRule } from './mark-style.ts';

/**
 * Every tick label, or every second, third… from the first, whichever is the first whose labels keep `gap` clear of
 * each other, measured with the chart's styles as the collision check measures them. A language whose labels run
 * wider (Russian: "20 млн" for "20 M") then shows fewer labels rather than overlapping ones.
 */
export function spacedTicks(ticks: readonly Mark[], styles: readonly StyleRule[], gap: number): Mark[] {
  const box = (m: Mark) => markBox(m, styles)!;
  for (let every = 1; ; every++) {
    const kept = ticks.filter((_, i) => i % every === 0);
    if (kept.every((m, i) => i === 0 || !boxesOverlap(box(kept[i - 1]!), box(m), gap))) return kept;
  }
}

import type { ColourToken } from '../../core/tokens.ts';
import { eventCategories } from '../../data/schemas.ts';
import { typeSizes, type StyleRule } from '../mark-style.ts';

/** The timeline's palette and type: a colour per event category, hollow marks for reported events, small labels. */
export const styles: readonly StyleRule[] = [
  { selector: '.lane', style: { stroke: 'c-grid', strokeWidth: 1 } },
  { selector: '.lane-name', style: { fontSize: typeSizes.small, fill: 'ink-soft' } },
  { selector: '.event', style: { stroke: 'bg', strokeWidth: 1.5 } },
  { selector: '.event.is-reported', style: { fill: 'bg', strokeWidth: 2 } },
  { selector: '.event-label', style: { fontSize: typeSizes.small, fontWeight: 600 } },
  { selector: '.leader', style: { stroke: 'ink-soft', strokeWidth: 1 } },
  ...eventCategories.map((category) => ({ selector: `.cat-${category}`, style: { fill: `c-${category}` as ColourToken } })),
  ...eventCategories.map((category) => ({
    selector: `.event.is-reported.cat-${category}`,
    style: { stroke: `c-${category}` as ColourToken },
  })),
  { selector: '.event.is-reported.is-muted', style: { stroke: 'c-muted' } },
];

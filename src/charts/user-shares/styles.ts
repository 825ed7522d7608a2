import { platformTones, type ColourToken } from '../../core/tokens.ts';
import type { StyleRule } from '../mark-style.ts';

/** Bars take their platform's colour (shared); a figure known only from a secondary report is drawn hollow. */
export const styles: readonly StyleRule[] = [
  { selector: '.bar.is-reported', style: { fill: 'bg', strokeWidth: 2 } },
  ...[...platformTones, 'muted'].map((tone) => ({
    selector: `.bar.is-reported.tone-${tone}`,
    style: { stroke: `c-${tone}` as ColourToken },
  })),
];

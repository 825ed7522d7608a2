import type { StyleRule } from '../mark-style.ts';

/** Reached squares take the platform's colour (shared); the rest are outlined. */
export const styles: readonly StyleRule[] = [{ selector: '.unit.is-empty', style: { fill: 'none', stroke: 'c-muted', strokeWidth: 1 } }];

import { wrapText } from '../core/text.ts';
import type { Mark } from '../frame/frame.ts';
import { typeSizes } from './mark-style.ts';

/** The distance between the baselines of a chart heading's lines, in user units. */
export const HEADING_LINE = 18;

/** A chart heading set on as many lines as `width` needs, in the heading's type (bold, mark-style.ts). */
export function headingLines(text: string, width: number): string[] {
  return wrapText(text, width, typeSizes.heading, 'bold');
}

/** A heading's lines as marks from the baseline `y` down: the first keyed `key`, the next `key:2`, `key:3`… */
export function headingMarks(key: string, lines: readonly string[], y: number): Mark[] {
  return lines.map((line, i) => ({
    key: i ? `${key}:${i + 1}` : key,
    kind: 'text',
    attrs: { class: 'chart-heading', x: 0, y: y + i * HEADING_LINE },
    text: line,
  }));
}

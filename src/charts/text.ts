/**
 * Text measurement without a DOM. Widths are estimated generously (0.6 em a character, wider than system-ui's
 * average) so that anything placed with them has room to spare; browser tests check the real boxes.
 */
export const CHAR_EM = 0.6;

/** Estimated width of `text` at `fontSize` user units. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_EM;
}

/** Splits `text` into lines no wider than `maxWidth` at `fontSize`, breaking between words. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** An axis-aligned box, for collision tests. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** True when two boxes overlap, allowing `gap` user units of clearance. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** The text-anchor that keeps `text` centred on `x` where it fits, else flush with the nearer edge of [0, width]. */
export function anchorWithin(x: number, text: string, fontSize: number, width: number): 'start' | 'middle' | 'end' {
  const half = textWidth(text, fontSize) / 2;
  if (x - half < 0) return 'start';
  if (x + half > width) return 'end';
  return 'middle';
}

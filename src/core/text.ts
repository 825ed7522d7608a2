/**
 * Text measurement without a DOM. Widths are estimated generously, in em a character: wider than common system
 * fonts, and at least as wide as DejaVu Sans (measured in Chromium: 0.58 regular, 0.65 semibold), so that anything
 * placed with them has room to spare. Browser tests check the real boxes.
 */
export const CHAR_EM = { regular: 0.6, bold: 0.68 } as const;

/** Estimated width of `text` at `fontSize` user units, in regular or bold (semibold and up) type. */
export function textWidth(text: string, fontSize: number, weight: keyof typeof CHAR_EM = 'regular'): number {
  return text.length * fontSize * CHAR_EM[weight];
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

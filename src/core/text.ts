/**
 * Text measurement without a DOM. Widths are estimated generously, in em a character, per script: wider than common
 * system fonts, and at least as wide as DejaVu Sans, so that anything placed with them has room to spare. Browser tests
 * check the real boxes. Measured in Chromium (canvas, DejaVu Sans, the UI stack's face on Linux), in em a character:
 * Latin text 0.58 regular and 0.65 semibold (its lowercase alphabet 0.56 and 0.64); Cyrillic text 0.62 to 0.64
 * regular and 0.68 to 0.71 semibold ("Законы и решения", "Роскомнадзор"), its lowercase alphabet 0.66 and 0.73. A
 * Russian label is thus measured as Russian, not with the English estimate (issue 25).
 */
export const CHAR_EM = { regular: 0.6, bold: 0.68 } as const;
/** The same for Cyrillic letters (U+0400 to U+04FF). */
export const CYRILLIC_EM = { regular: 0.7, bold: 0.78 } as const;

const cyrillic = /[\u0400-\u04ff]/g;

/** How many of `text`'s characters are Cyrillic letters and how many are not, as [other, cyrillic]. */
function letterCounts(text: string): [other: number, cyrillic: number] {
  const cyrillicLetters = text.match(cyrillic)?.length ?? 0;
  return [text.length - cyrillicLetters, cyrillicLetters];
}

// In this order, a text with no Cyrillic gives the very number the Latin-only estimate gave (the SVGs stay byte for byte).
const widthOf = (other: number, cyrillicLetters: number, fontSize: number, weight: keyof typeof CHAR_EM) =>
  other * fontSize * CHAR_EM[weight] + cyrillicLetters * fontSize * CYRILLIC_EM[weight];

/** Estimated width of `text` at `fontSize` user units, in regular or bold (semibold and up) type. */
export function textWidth(text: string, fontSize: number, weight: keyof typeof CHAR_EM = 'regular'): number {
  return widthOf(...letterCounts(text), fontSize, weight);
}

/** A word of a text to wrap, with its letter counts. */
type MeasuredWord = readonly [word: string, other: number, cyrillic: number];

/**
 * Wraps `text` at `fontSize`, in regular or bold type, for any width: `text` is split into words, and each word
 * counted, once. The returned function splits it into lines no wider than its `maxWidth`, breaking between words (never
 * at a no-break space). A line's width is kept as its letter counts, and every width is the very number `textWidth`
 * gives for the line.
 */
export function textWrapper(text: string, fontSize: number, weight: keyof typeof CHAR_EM = 'regular'): (maxWidth: number) => string[] {
  const words: MeasuredWord[] = text
    .split(/[^\S\u00a0\u202f]+/)
    .filter(Boolean)
    .map((word) => [word, ...letterCounts(word)]);
  return (maxWidth) => {
    const lines: string[] = [];
    let line = '';
    let [other, cyrillicLetters] = [0, 0];
    for (const [word, wordOther, wordCyrillic] of words) {
      if (line && widthOf(other + 1 + wordOther, cyrillicLetters + wordCyrillic, fontSize, weight) > maxWidth) {
        lines.push(line);
        [line, other, cyrillicLetters] = [word, wordOther, wordCyrillic];
      } else {
        [line, other, cyrillicLetters] = line
          ? [`${line} ${word}`, other + 1 + wordOther, cyrillicLetters + wordCyrillic]
          : [word, wordOther, wordCyrillic];
      }
    }
    if (line) lines.push(line);
    return lines;
  };
}

/** Splits `text` into lines no wider than `maxWidth` at `fontSize`, as `textWrapper` does (the embed code wraps a text at hundreds of widths with one wrapper). */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight: keyof typeof CHAR_EM = 'regular'): string[] {
  return textWrapper(text, fontSize, weight)(maxWidth);
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

import { textWrapper } from '../../core/text.ts';
import type { Frame, SizeName } from '../../frame/frame.ts';

/**
 * The embed page's layout in CSS px, as src/styles/embed.css sets it (change both together; the browser test
 * test/browser/embeds.test.ts pastes every snippet into hosts 320 to 960 px wide and fails when a credit is cut off).
 */
export const embedLayout = {
  /**
   * The narrowest frame the fixed height is measured for (a 320 px phone, less its margins); a narrower one scrolls,
   * unless the host script fits it.
   */
  minWidth: 280,
  /** The page's greatest width (60rem): a wider frame centres it, so its content is as tall as at this width. */
  maxWidth: 960,
  /** Padding around the content (0.75rem 0.5rem). */
  padBlock: 12,
  padInline: 8,
  /** The graphic's width from which the wide layout shows (34rem): drawn at 0.85 of its size there, and no less. */
  wideFrom: 544,
  /** The narrow layout's greatest width (25rem, 1.25 times its own); it is centred in a wider column. */
  narrowMax: 400,
  /** The caption: 0.875rem, 0.5rem below the graphic. */
  captionSize: 14,
  captionGap: 8,
  /** The sources and credit lines: 0.8125rem, each 0.375rem below the one before. */
  metaSize: 13,
  metaGap: 6,
  lineHeight: 1.45,
} as const;

/**
 * Lines are wrapped as if the column were this much narrower than it is, and the height rounded up with this much to
 * spare: `wrapText` estimates type a little wider than DejaVu Sans, the widest of the common system faces, but a
 * line of capitals or a fallback glyph can still run wider than the estimate. Measured against Chromium with DejaVu
 * Sans at every fourth width from 320 to 960 px, the estimate was never short, and the heights left 31 to 190 px to
 * spare at the tallest (the longest captions most). Computed, not stored: a changed caption or chart changes it.
 */
const wrapMargin = 0.97;
const spare = 12;

/** What the page prints below its graphic, as plain text. */
export interface EmbedText {
  readonly caption: string;
  /** The key to the graphic's hollow and grey marks, or "" when it needs none. */
  readonly key: string;
  readonly sources: string;
  readonly credit: string;
}

/** How many lines `text` takes at `fontSize` in a column of any width; a no-break space is a letter here, as in the browser. */
function lineCounter(text: string, fontSize: number): (width: number) => number {
  const wrap = textWrapper(text.replace(/[\u00a0\u202f]/g, 'x'), fontSize);
  return (width) => wrap(width * wrapMargin).length;
}

/**
 * The height of an embed's content in a frame of any width (CSS px): the graphic, the caption, the key and two lines.
 * Each text is split into words once, for all the widths it is measured at.
 */
export function embedContentHeight(
  text: EmbedText,
  frames: Readonly<Record<SizeName, Pick<Frame, 'width' | 'height'>>>,
): (frameWidth: number) => number {
  const l = embedLayout;
  const caption = lineCounter(text.caption, l.captionSize);
  const metaLines = [...(text.key ? [text.key] : []), text.sources, text.credit].map((line) => lineCounter(line, l.metaSize));
  return (frameWidth) => {
    const column = Math.min(frameWidth, l.maxWidth) - 2 * l.padInline;
    const graphic =
      column >= l.wideFrom
        ? (column * frames.wide.height) / frames.wide.width
        : (Math.min(column, l.narrowMax) * frames.narrow.height) / frames.narrow.width;
    const meta = metaLines.reduce((sum, lines) => sum + l.metaGap + lines(column) * l.metaSize * l.lineHeight, 0);
    return 2 * l.padBlock + graphic + l.captionGap + caption(column) * l.captionSize * l.lineHeight + meta;
  };
}

/**
 * The fixed height of an embed's iframe, in whole CSS px: enough for its content in any frame from
 * `embedLayout.minWidth` wide up, so its credit shows without the host script. The content is tallest either in the
 * narrowest frame (the text wraps most) or just before the wide layout takes over (the narrow one is drawn largest),
 * so every width in between is measured.
 */
export function embedHeight(text: EmbedText, frames: Readonly<Record<SizeName, Pick<Frame, 'width' | 'height'>>>): number {
  const height = embedContentHeight(text, frames);
  let tallest = 0;
  for (let width = embedLayout.minWidth; width <= embedLayout.maxWidth; width++) tallest = Math.max(tallest, height(width));
  return Math.ceil(tallest + spare);
}

import type { StyleRule } from '../../charts/mark-style.ts';
import { wrapText } from '../../core/text.ts';
import { fileFonts } from '../../core/tokens.ts';
import type { Frame } from '../../frame/frame.ts';
import type { KeyEntry } from './frame-key.ts';
import { downloadColours, escapeXml, keySvg, marksSvg, textLines } from './svg-parts.ts';

/** What a downloadable graphic says around the chart. */
export interface StandaloneText {
  /** The chart's title, on top. */
  readonly title: string;
  /** The step's source line, e.g. "Source: Reuters"; left out when the frame prints its own. */
  readonly sourceLine?: string;
  /** "As of 10 April 2026". */
  readonly asOfLine: string;
  /** The step's canonical URL. */
  readonly urlLine: string;
  /** "CC BY 4.0 · <site name> · published by <publisher>". */
  readonly creditLine: string;
  /** Whose figures the graphic draws that the licence does not cover, e.g. "Mediascope’s figures are theirs, …". */
  readonly exceptionLine?: string;
}

const PAD = 24;
const TITLE_SIZE = 20;
const FOOT_SIZE = 12;
const LINE = 17;

/** The lines under a graphic, in the order they are read: where it is from, when, where, and on what terms. */
export const footLines = (text: StandaloneText) =>
  [text.sourceLine, text.asOfLine, text.urlLine, text.creditLine, text.exceptionLine].filter((l): l is string => Boolean(l));

/**
 * A frame as a self-contained SVG file: the chart's title above it; below it, the key to its hollow and grey marks
 * (see frameKey), then the source line, "as of" date, URL, credit and any exception to the licence. Every colour and
 * type size is written as attributes from the chart's styles (no stylesheet, so it looks the same in a slide deck, an
 * image viewer or sharp). Pure.
 */
export function standaloneSvg(frame: Frame, text: StandaloneText, styles: readonly StyleRule[], key: readonly KeyEntry[] = []): string {
  const colours = downloadColours;
  const width = frame.width + 2 * PAD;
  const titleLines = wrapText(text.title, frame.width, TITLE_SIZE);
  const foot = footLines(text).flatMap((line) => wrapText(line, frame.width, FOOT_SIZE));
  const chartTop = PAD + titleLines.length * (TITLE_SIZE + 6) + 10;
  const keyTop = chartTop + frame.height + 12;
  const drawnKey = keySvg(key, frame.width, styles);
  const footTop = keyTop + drawnKey.height + (drawnKey.height ? 8 : 4);
  const height = footTop + foot.length * LINE + PAD - 4;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fileFonts['font-ui'])}">
<title>${escapeXml(text.title)}</title>
<rect width="${width}" height="${height}" fill="${colours.bg}"/>
${textLines(titleLines, PAD, PAD + TITLE_SIZE - 4, TITLE_SIZE + 6, { 'font-size': TITLE_SIZE, 'font-weight': 700, fill: colours.ink })}
<g transform="translate(${PAD} ${chartTop})">
${marksSvg(frame, styles)}
</g>
${drawnKey.svg ? `<g transform="translate(${PAD} ${keyTop})">\n${drawnKey.svg}\n</g>\n` : ''}${textLines(foot, PAD, footTop + FOOT_SIZE, LINE, { 'font-size': FOOT_SIZE, fill: colours['ink-soft'] })}
</svg>
`;
}

import type { StyleRule } from '../../charts/mark-style.ts';
import { wrapText } from '../../core/text.ts';
import { fileFonts } from '../../core/tokens.ts';
import type { Frame } from '../../frame/frame.ts';
import type { KeyEntry } from './frame-key.ts';
import type { StandaloneText } from './standalone-svg.ts';
import { downloadColours, escapeXml, keySvg, marksSvg, textLines } from './svg-parts.ts';

/** A slide's size in pixels: full HD, 16:9, what projectors and slide decks expect. */
export const slideSize = { width: 1920, height: 1080 } as const;

/** What a slide says around the graphic: a download's lines, and where the step stands in the story. */
export interface SlideText extends StandaloneText {
  /** Above the title, e.g. "Who talks on what · step 3". */
  readonly kicker?: string;
}

/** Margins and type in pixels: at 1080 lines, 24 px is about the smallest that reads from the back of a classroom. */
const PAD_X = 80;
const PAD_Y = 60;
const KICKER = 28;
const TITLE = 48;
const FOOT = 24;
const FOOT_LINE = 34;

/**
 * A step's graphic as a 1920×1080 slide: where it stands in the story and the chart's title on top, the graphic as
 * large as the space between allows (its own type grows with it), then the key to its hollow and grey marks, the
 * source line, "as of" date and address, and the credit. Literal colours and type, like standaloneSvg. Pure.
 */
export function slideSvg(frame: Frame, text: SlideText, styles: readonly StyleRule[], key: readonly KeyEntry[] = []): string {
  const { width, height } = slideSize;
  const colours = downloadColours;
  const content = width - 2 * PAD_X;
  const kicker = text.kicker ? wrapText(text.kicker, content, KICKER) : [];
  const title = wrapText(text.title, content, TITLE);
  const kickerTop = PAD_Y + KICKER;
  const titleTop = kickerTop + (kicker.length ? (kicker.length - 1) * (KICKER + 8) + TITLE + 18 : TITLE - KICKER);
  const chartTop = titleTop + (title.length - 1) * (TITLE + 10) + 36;

  const foot = [text.sourceLine, `${text.asOfLine} · ${text.urlLine}`, text.creditLine, text.exceptionLine].flatMap((line) =>
    line ? wrapText(line, content, FOOT) : [],
  );
  const footTop = height - PAD_Y - foot.length * FOOT_LINE;
  // The key sits under the graphic at the graphic's scale, so it reads as the chart's own legend does.
  const keyHeight = keySvg(key, frame.width, styles).height;
  const room = { width: content, height: footTop - 24 - chartTop - (keyHeight ? 8 : 0) };
  const scale = Math.min(room.width / frame.width, room.height / (frame.height + keyHeight));
  if (!(scale > 0)) throw new Error('slideSvg: no room left for the graphic; shorten the title or the lines under it');
  const drawnKey = keySvg(key, content / scale, styles);
  const keyTop = chartTop + (frame.height + 8) * scale;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fileFonts['font-ui'])}">
<title>${escapeXml(text.title)}</title>
<rect width="${width}" height="${height}" fill="${colours.bg}"/>
${textLines(kicker, PAD_X, kickerTop, KICKER + 8, { 'font-size': KICKER, fill: colours['ink-soft'] })}
${textLines(title, PAD_X, titleTop, TITLE + 10, { 'font-size': TITLE, 'font-weight': 700, fill: colours.ink })}
<g transform="translate(${PAD_X} ${chartTop}) scale(${round(scale)})">
${marksSvg(frame, styles)}
</g>
${drawnKey.svg ? `<g transform="translate(${PAD_X} ${round(keyTop)}) scale(${round(scale)})">\n${drawnKey.svg}\n</g>\n` : ''}${textLines(foot, PAD_X, footTop + FOOT, FOOT_LINE, { 'font-size': FOOT, fill: colours['ink-soft'] })}
</svg>
`;
}

const round = (value: number) => Math.floor(value * 1000) / 1000;

import { resolveMarkStyle, styleDeclarations, type StyleRule } from '../../charts/mark-style.ts';
import { wrapText } from '../../core/text.ts';
import { layoutTokens, palettes } from '../../core/tokens.ts';
import type { Frame } from '../../frame/frame.ts';

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
  /** "CC BY 4.0 · <site name>". */
  readonly creditLine: string;
}

const PAD = 24;
const TITLE_SIZE = 20;
const FOOT_SIZE = 12;
const LINE = 17;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attrs = (record: Readonly<Record<string, string | number>>) =>
  Object.entries(record)
    .map(([name, value]) => ` ${name}="${escape(String(value))}"`)
    .join('');

/**
 * A frame as a self-contained SVG file: the chart's title above it, and the source line, "as of" date, URL and
 * licence below, with every colour and type size written as attributes from the chart's styles (no stylesheet, so it looks the same in a
 * slide deck, an image viewer or sharp). Pure.
 */
export function standaloneSvg(frame: Frame, text: StandaloneText, styles: readonly StyleRule[]): string {
  const colours = palettes.light;
  const ink = colours.ink;
  const soft = colours['ink-soft'];
  const font = layoutTokens['font-ui'];
  const width = frame.width + 2 * PAD;
  const titleLines = wrapText(text.title, frame.width, TITLE_SIZE);
  const footLines = [text.sourceLine, text.asOfLine, text.urlLine, text.creditLine]
    .filter((l): l is string => Boolean(l))
    .flatMap((line) => wrapText(line, frame.width, FOOT_SIZE));
  const chartTop = PAD + titleLines.length * (TITLE_SIZE + 6) + 10;
  const footTop = chartTop + frame.height + 16;
  const height = footTop + footLines.length * LINE + PAD - 4;
  const lines = (list: string[], y0: number, step: number, extra: Record<string, string | number>) =>
    list.map((line, i) => `<text${attrs({ x: PAD, y: y0 + i * step, ...extra })}>${escape(line)}</text>`).join('\n');
  const marks = frame.marks
    .map((mark) => {
      const { class: _class, ...own } = mark.attrs;
      const style = styleDeclarations(
        resolveMarkStyle(mark, styles),
        (token) => colours[token],
        (token) => layoutTokens[token],
      );
      return `<${mark.kind}${attrs({ ...style, ...own })}${mark.text === undefined ? '/>' : `>${escape(mark.text)}</${mark.kind}>`}`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escape(font)}">
<title>${escape(text.title)}</title>
<rect width="${width}" height="${height}" fill="${colours.bg}"/>
${lines(titleLines, PAD + TITLE_SIZE - 4, TITLE_SIZE + 6, { 'font-size': TITLE_SIZE, 'font-weight': 700, fill: ink })}
<g transform="translate(${PAD} ${chartTop})">
${marks}
</g>
${lines(footLines, footTop + FOOT_SIZE, LINE, { 'font-size': FOOT_SIZE, fill: soft })}
</svg>
`;
}

import { resolveMarkStyle, styleDeclarations, typeSizes, type StyleRule } from '../../charts/mark-style.ts';
import { textWidth, wrapText } from '../../core/text.ts';
import { fileFonts, palettes } from '../../core/tokens.ts';
import type { Frame } from '../../frame/frame.ts';
import type { KeyEntry } from './frame-key.ts';

/** The palette of every download: the light one, which prints and projects well. */
export const downloadColours = palettes.light;

/** Text for an SVG text node or attribute value. */
export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** ` name="value"` for each entry, escaped. */
export const attrs = (record: Readonly<Record<string, string | number>>) =>
  Object.entries(record)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');

/** The SVG attributes of a mark's style under `styles`, with literal colours and fonts (no stylesheet). */
function styleAttrs(kind: 'rect' | 'circle' | 'text' | 'path' | 'line', className: string, styles: readonly StyleRule[]) {
  return styleDeclarations(
    resolveMarkStyle({ kind, attrs: { class: className } }, styles),
    (token) => downloadColours[token],
    (token) => fileFonts[token],
  );
}

/** A frame's marks as SVG elements, every class resolved to literal paint and type, in painting order. */
export function marksSvg(frame: Frame, styles: readonly StyleRule[]): string {
  return frame.marks
    .map((mark) => {
      const { class: className, ...own } = mark.attrs;
      const style = styleAttrs(mark.kind, String(className ?? ''), styles);
      return `<${mark.kind}${attrs({ ...style, ...own })}${mark.text === undefined ? '/>' : `>${escapeXml(mark.text)}</${mark.kind}>`}`;
    })
    .join('\n');
}

/** Lines of text, one `<text>` each, from a baseline, `step` apart. */
export function textLines(
  lines: readonly string[],
  x: number,
  firstBaseline: number,
  step: number,
  extra: Record<string, string | number>,
) {
  return lines.map((line, i) => `<text${attrs({ x, y: firstBaseline + i * step, ...extra })}>${escapeXml(line)}</text>`).join('\n');
}

/**
 * The key's type and geometry, in the units of the frame it sits under: the small print of a chart's own legend, a
 * bar's swatch 22 wide, a circle's as wide as the timeline's legend draws it.
 */
const KEY = { size: typeSizes.small, line: 20, between: 22 } as const;
const SWATCH = { rect: { width: 22, gap: 8 }, circle: { width: 11, gap: 5 } } as const;

/**
 * A graphic's key (see frameKey) as SVG, in the frame's units: each entry's swatch, drawn like the mark it explains,
 * then its label, entries side by side and wrapped to `width`. Returns the markup and its height (0 without entries).
 */
export function keySvg(entries: readonly KeyEntry[], width: number, styles: readonly StyleRule[]): { svg: string; height: number } {
  if (entries.length === 0) return { svg: '', height: 0 };
  // Worded and set like a chart's own notes and legend (the `note` style).
  const note = styleAttrs('text', 'note', styles);
  const parts: string[] = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const swatch = SWATCH[entry.sample.kind];
    const entryWidth = swatch.width + swatch.gap + textWidth(entry.label, KEY.size);
    if (x > 0 && x + entryWidth > width) {
      x = 0;
      row++;
    }
    const middle = row * KEY.line + KEY.line / 2;
    const paint = styleAttrs(entry.sample.kind, entry.sample.class, styles);
    parts.push(
      entry.sample.kind === 'rect'
        ? `<rect${attrs({ ...paint, x: x + 1, y: middle - 6, width: swatch.width - 2, height: 12 })}/>`
        : `<circle${attrs({ ...paint, cx: x + 6, cy: middle, r: 5.5 })}/>`,
      `<text${attrs({ ...note, x: x + swatch.width + swatch.gap, y: middle, dy: '0.35em' })}>${escapeXml(entry.label)}</text>`,
    );
    x += entryWidth + KEY.between;
  }
  return { svg: parts.join('\n'), height: (row + 1) * KEY.line };
}

/** `text` wrapped to `width` at `size`, for the lines around a graphic. */
export const wrapped = (text: string | undefined, width: number, size: number) => (text ? wrapText(text, width, size) : []);

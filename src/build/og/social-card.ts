import { wrapText } from '../../core/text.ts';
import { palettes } from '../../core/tokens.ts';

/** The card's colours: the page's, in the light scheme (the card is drawn outside the page's CSS). */
const { bg, ink, 'ink-soft': soft } = palettes.light;

/** One real figure drawn as a bar on the card. */
export interface CardBar {
  /** What the bar shows, with its figure, e.g. "WhatsApp 97.3 M". */
  readonly label: string;
  /** The figure, in any unit shared by all bars; the largest bar is drawn full length. */
  readonly value: number;
  /** The platform's colour, as a value (the card is rendered outside the page's CSS). */
  readonly fill: string;
}

/** What a social card says. */
export interface CardText {
  readonly kicker: string;
  readonly title: string;
  readonly summary: string;
  /** Real figures to draw under the summary, from the data; none are drawn when empty. */
  readonly bars?: readonly CardBar[];
  /** What the bars show and where the figures come from, e.g. "Monthly reach, July 2025 (Mediascope, via Reuters)". */
  readonly barsCaption?: string;
}

/** The first `count` lines, the last of them ending in an ellipsis when text was left out. */
function atMost(lines: string[], count: number): string[] {
  if (lines.length <= count) return lines;
  const kept = lines.slice(0, count);
  kept[count - 1] = `${kept[count - 1]!.replace(/[\s,;:.–—-]+$/, '')}…`;
  return kept;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A 1200 × 630 link-preview card as SVG: kicker, title and summary and, when given, real figures as labelled bars in
 * the messenger colours with their caption. Pure; its colours are the tokens' values, since the card is rendered
 * outside the page's CSS.
 */
export function socialCardSvg({ kicker, title, summary, bars = [], barsCaption = '' }: CardText): string {
  const titleLines = atMost(wrapText(title, 1080, 60), 3);
  const summaryLines = atMost(wrapText(summary, 1080, 28), 4);
  const titleTop = 170;
  const summaryTop = titleTop + titleLines.length * 72 + 30;
  const text = (lines: string[], y0: number, step: number, attrs: string) =>
    lines.map((line, i) => `<text x="60" y="${y0 + i * step}" ${attrs}>${escape(line)}</text>`).join('');
  const max = Math.max(...bars.map((b) => b.value));
  const barMarks = bars
    .slice(0, 4)
    .map((bar, i) => {
      const y = 540 - (bars.length - 3) * 18 + i * 18;
      const width = Math.max(2, Math.round((bar.value / max) * 420));
      return `<rect x="60" y="${y}" width="${width}" height="10" fill="${bar.fill}"/><text x="${70 + width}" y="${y + 10}" font-family="sans-serif" font-size="15" fill="${soft}">${escape(bar.label)}</text>`;
    })
    .join('');
  const caption =
    bars.length && barsCaption
      ? `<text x="60" y="${540 + 3 * 18 + 14}" font-family="sans-serif" font-size="15" fill="${soft}">${escape(barsCaption)}</text>`
      : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="${bg}"/>
<text x="60" y="90" font-family="sans-serif" font-size="26" font-weight="600" fill="${soft}" letter-spacing="1">${escape(kicker.toUpperCase())}</text>
${text(titleLines, titleTop, 72, `font-family="sans-serif" font-size="60" font-weight="700" fill="${ink}"`)}
${text(summaryLines, summaryTop, 38, `font-family="serif" font-size="28" fill="${soft}"`)}
${barMarks}${caption}
</svg>`;
}

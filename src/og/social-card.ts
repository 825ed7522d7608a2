import { wrapText } from '../charts/text.ts';

/** What a social card says. */
export interface CardText {
  readonly kicker: string;
  readonly title: string;
  readonly summary: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A 1200 × 630 link-preview card as SVG: kicker, title and summary, with four bars in the messenger colours. Pure;
 * colours are literal because the card is rendered outside the page's CSS.
 */
export function socialCardSvg({ kicker, title, summary }: CardText): string {
  const titleLines = wrapText(title, 1080, 60).slice(0, 3);
  const summaryLines = wrapText(summary, 1080, 28).slice(0, 4);
  const titleTop = 170;
  const summaryTop = titleTop + titleLines.length * 72 + 30;
  const text = (lines: string[], y0: number, step: number, attrs: string) =>
    lines.map((line, i) => `<text x="60" y="${y0 + i * step}" ${attrs}>${escape(line)}</text>`).join('');
  const bars = ['#2a6242', '#6196bc', '#bf8100', '#793480']
    .map((fill, i) => `<rect x="60" y="${540 + i * 14}" width="${[420, 392, 78, 320][i]}" height="9" fill="${fill}"/>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#fdfcfa"/>
<text x="60" y="90" font-family="sans-serif" font-size="26" font-weight="600" fill="#4a4a52" letter-spacing="1">${escape(kicker.toUpperCase())}</text>
${text(titleLines, titleTop, 72, 'font-family="sans-serif" font-size="60" font-weight="700" fill="#1b1b1f"')}
${text(summaryLines, summaryTop, 38, 'font-family="serif" font-size="28" fill="#4a4a52"')}
${bars}
</svg>`;
}

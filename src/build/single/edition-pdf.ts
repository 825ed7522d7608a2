import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { bookSections, hasClass } from './book-sections.ts';

/** What the PDF needs besides the single-file edition it is made from. */
export interface PdfInput {
  /** The single-file edition of the language (src/build/single/single-file.ts). */
  readonly html: string;
  /** Who publishes it. */
  readonly creator: string;
  /** Each step's graphic as a standalone SVG (the site's download of it), by step id. */
  readonly graphics: ReadonlyMap<string, Uint8Array>;
  /** The book's colophon, in place of the file's (src/build/single/single-file.ts, `bookColophon`). */
  readonly colophon: Element;
  /** A regular and a bold TrueType font with the Latin and Cyrillic letters, which the PDF embeds. */
  readonly fonts: { readonly regular: Uint8Array; readonly bold: Uint8Array };
}

/** A4, with margins of 2 cm. */
const page = { size: 'A4', margin: 57 } as const;
/** Type sizes, in points, by what a block is. */
const sizes = { h1: 22, h2: 15, h3: 12, text: 10.5, small: 8.5 } as const;
/** The blocks whose text is set as one paragraph, each at its size. */
const paragraphs: Readonly<Record<string, number>> = {
  p: sizes.text,
  li: sizes.small,
  dt: sizes.small,
  dd: sizes.small,
  figcaption: sizes.small,
};
const ink = '#1b1b1f';
const soft = '#4a4a52';

/**
 * The single-file edition as a PDF for print (issue 26): each section of the file (the home page, each chapter, the
 * sources, the colophon) from a new page, as `bookSections` pares them, each step's text followed by its graphic (the
 * step's standalone SVG, drawn as vectors) and its text alternative. Its text is plain paragraphs and headings, in
 * fonts it embeds (the reader's PDF viewer needs none of its own for Cyrillic). Dated by the newest date the edition
 * shows as current to or updated on, which also stands for its creation date: the same edition gives the same bytes.
 */
export function editionPdf({ html, creator, graphics, fonts, colophon }: PdfInput): Promise<Uint8Array> {
  const { title, lang, modified, sections } = bookSections(html, graphics, colophon);
  const date = new Date(`${modified}T00:00:00Z`);
  const doc = new PDFDocument({
    ...page,
    autoFirstPage: false,
    lang,
    displayTitle: true,
    info: { Title: title, Author: creator, CreationDate: date, ModDate: date },
  });
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('Regular', Buffer.from(fonts.regular));
  doc.registerFont('Bold', Buffer.from(fonts.bold));
  // The width of A4 (595.28 pt) inside its margins.
  const width = 595.28 - 2 * page.margin;

  const text = (words: string, size: number, font: 'Regular' | 'Bold' = 'Regular', color = ink) => {
    const clean = words.replace(/\s+/g, ' ').trim();
    if (clean)
      doc
        .font(font)
        .fontSize(size)
        .fillColor(color)
        .text(clean, { width, paragraphGap: size * 0.6, lineGap: size * 0.2 });
  };
  const graphic = (source: string) => {
    const file = new TextDecoder().decode(graphics.get(/images\/(.+)\.svg$/.exec(source)![1]!)!);
    const [w, h] = (/viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(file) ?? []).slice(1).map(Number) as [number, number];
    // Without its own size in pixels, the drawing fills the width it is given, at its viewBox's proportions.
    const svg = file.replace(/<svg ([^>]*?)\swidth="[^"]*" height="[^"]*"/, '<svg $1');
    const height = (width * h) / w;
    if (doc.y + height > doc.page.height - page.margin) doc.addPage();
    SVGtoPDF(doc, svg, doc.page.margins.left, doc.y, {
      width,
      height,
      fontCallback: (_family: string, bold: boolean) => (bold ? 'Bold' : 'Regular'),
    });
    doc.y += height + sizes.text * 0.6;
  };
  const block = (element: Element) => {
    const tag = element.tagName;
    if (tag === 'h1') return text(toText(element), sizes.h1, 'Bold');
    if (tag === 'h2') return text(toText(element), sizes.h2, 'Bold');
    if (tag === 'h3') return text(toText(element), sizes.h3, 'Bold');
    if (tag === 'img' && typeof element.properties.src === 'string') return graphic(element.properties.src);
    const size = paragraphs[tag];
    if (size !== undefined)
      return text(toText(element), size, 'Regular', tag === 'figcaption' || hasClass(element, ['muted']) ? soft : ink);
    if (hasClass(element, ['step'])) doc.moveDown(0.5);
    for (const child of element.children) if (child.type === 'element') block(child);
    return undefined;
  };
  for (const section of sections) {
    doc.addPage();
    block(section.element);
  }
  doc.end();
  return done;
}

import type { Element } from 'hast';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { palettes } from '../../core/tokens.ts';
import { bookSections, hasClass, isTitle, spokenText } from './book-sections.ts';

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
/** The blocks whose text is set as one paragraph, each at its size and with its role in the PDF's structure. */
const paragraphs: Readonly<Record<string, { size: number; role: string }>> = {
  p: { size: sizes.text, role: 'P' },
  li: { size: sizes.small, role: 'LBody' },
  dt: { size: sizes.small, role: 'P' },
  dd: { size: sizes.small, role: 'P' },
  figcaption: { size: sizes.small, role: 'Caption' },
};
/** The headings, each at its size, with its role in the PDF's structure. */
const headings: Readonly<Record<string, { size: number; role: string }>> = {
  h1: { size: sizes.h1, role: 'H1' },
  h2: { size: sizes.h2, role: 'H2' },
  h3: { size: sizes.h3, role: 'H3' },
};
/** A PDF's structure element (pdfkit's). */
type Structure = PDFKit.PDFStructureElement;
/** The page's text colours, in the light scheme: paper is light. */
const { ink, 'ink-soft': soft } = palettes.light;

/**
 * The single-file edition as a PDF for print (issue 26): each section of the file (the home page, each chapter, the
 * sources, the colophon) from a new page, as `bookSections` pares them, each step's text followed by its graphic (the
 * step's standalone SVG, drawn as vectors) and its text alternative. Its text is plain paragraphs and headings, in
 * fonts it embeds (the reader's PDF viewer needs none of its own for Cyrillic). Dated by the newest date the edition
 * shows as current to or updated on, which also stands for its creation date: the same edition gives the same bytes.
 *
 * It is a tagged PDF: a screen reader, or a viewer that reflows the text for a phone, reads its headings, paragraphs,
 * lists and graphics in the order of the file. A graphic is a figure whose alternative text is its chart's title (a
 * reader hears that instead of the drawing's own words), followed by the step's text alternative as a caption. Its
 * outline (the viewer's bookmarks, shown when it opens) lists every section by its title and, under it, the section's
 * other second-level headings, so that a teacher can go to a chapter's part from the side panel. Throws for a graphic
 * without a title.
 */
export function editionPdf({ html, creator, graphics, fonts, colophon }: PdfInput): Promise<Uint8Array> {
  const { title, lang, modified, sections } = bookSections(html, graphics, colophon);
  const date = new Date(`${modified}T00:00:00Z`);
  const doc = new PDFDocument({
    ...page,
    autoFirstPage: false,
    lang,
    displayTitle: true,
    // pdfkit writes 1.3 unless told; structure came with 1.4, and 1.7 is the version PDF/UA, the standard for accessible
    // PDFs, builds on.
    pdfVersion: '1.7',
    tagged: true,
    info: { Title: title, Author: creator, CreationDate: date, ModDate: date },
  });
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('Regular', Buffer.from(fonts.regular));
  doc.registerFont('Bold', Buffer.from(fonts.bold));
  // The width of A4 (595.28 pt) inside its margins.
  const width = 595.28 - 2 * page.margin;

  /** Sets `words` (an element's spokenText, never empty) as one paragraph, as a `role` under `parent`. */
  const text = (words: string, size: number, parent: Structure, role: string, font: 'Regular' | 'Bold' = 'Regular', color = ink) =>
    doc
      .font(font)
      .fontSize(size)
      .fillColor(color)
      .text(words, { width, paragraphGap: size * 0.6, lineGap: size * 0.2, structParent: parent, structType: role });
  const graphic = (element: Element, parent: Structure) => {
    const source = String(element.properties.src);
    const file = new TextDecoder().decode(graphics.get(/images\/(.+)\.svg$/.exec(source)![1]!)!);
    const [w, h] = (/viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(file) ?? []).slice(1).map(Number) as [number, number];
    // Without its own size in pixels, the drawing fills the width it is given, at its viewBox's proportions.
    const svg = file.replace(/<svg ([^>]*?)\swidth="[^"]*" height="[^"]*"/, '<svg $1');
    const height = (width * h) / w;
    if (doc.y + height > doc.page.height - page.margin) doc.addPage();
    const [x, y] = [doc.page.margins.left, doc.y];
    const alt = String(element.properties.alt ?? '');
    if (!alt) throw new Error(`PDF: the graphic ${source} has no title to name it`);
    parent.add(
      doc.struct('Figure', { alt }, () =>
        SVGtoPDF(doc, svg, x, y, { width, height, fontCallback: (_family: string, bold: boolean) => (bold ? 'Bold' : 'Regular') }),
      ),
    );
    doc.y = y + height + sizes.text * 0.6;
  };
  /**
   * Sets `element` under the structure element `parent`. Each of the section's h2 headings after its title (its first
   * h1 or h2, which names the section's own bookmark) gets a bookmark under `section.mark`, on the page the heading
   * ends on (one that would not fit starts the next page).
   */
  const block = (element: Element, parent: Structure, section: { mark: PDFKit.PDFOutline; titled: boolean }) => {
    const tag = element.tagName;
    const heading = headings[tag];
    if (heading) {
      const words = spokenText(element);
      if (words) text(words, heading.size, parent, heading.role, 'Bold');
      if (isTitle(element) && !section.titled) section.titled = true;
      else if (tag === 'h2' && words) section.mark.addItem(words);
      return undefined;
    }
    if (tag === 'img' && typeof element.properties.src === 'string') return graphic(element, parent);
    const paragraph = paragraphs[tag];
    if (paragraph) {
      const words = spokenText(element);
      if (!words) return undefined;
      const item = tag === 'li' ? child(parent, 'LI') : parent;
      text(words, paragraph.size, item, paragraph.role, 'Regular', tag === 'figcaption' || hasClass(element, ['muted']) ? soft : ink);
      if (item !== parent) item.end();
      return undefined;
    }
    if (hasClass(element, ['step'])) doc.moveDown(0.5);
    // A list is a list in the structure too (L, each item an LI whose text is its LBody); any other element's blocks
    // belong to its parent's.
    const own = tag === 'ul' || tag === 'ol' ? child(parent, 'L') : parent;
    for (const node of element.children) if (node.type === 'element') block(node, own, section);
    if (own !== parent) own.end();
    return undefined;
  };
  /** A new structure element of `role` under `parent`. */
  const child = (parent: Structure, role: string) => {
    const made = doc.struct(role);
    parent.add(made);
    return made;
  };
  const document = doc.struct('Document');
  doc.addStructure(document);
  for (const section of sections) {
    doc.addPage();
    const part = child(document, 'Sect');
    // The section's bookmark, at its first page, named by its first heading (bookSections).
    const state = { mark: doc.outline.addItem(section.heading), titled: false };
    for (const node of section.element.children) if (node.type === 'element') block(node, part, state);
    part.end();
  }
  document.end();
  doc.end();
  return done;
}

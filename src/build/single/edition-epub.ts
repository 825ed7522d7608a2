import { strToU8 } from 'fflate';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { escapeXml as escape } from '../kit/svg-parts.ts';
import { datedZip } from '../mirror/mirror-files.ts';
import { bookSections } from './book-sections.ts';

/** What the e-book needs besides the single-file edition it is made from. */
export interface EpubInput {
  /** The single-file edition of the language (src/build/single/single-file.ts). */
  readonly html: string;
  /** The edition's published home page: the book's identifier. */
  readonly identifier: string;
  /** Who publishes it. */
  readonly creator: string;
  /** Each step's graphic as a standalone SVG (the site's download of it), by step id. */
  readonly graphics: ReadonlyMap<string, Uint8Array>;
  /** The book's colophon, in place of the file's (src/build/single/single-file.ts, `bookColophon`). */
  readonly colophon: Element;
  /** What a reader who cannot see the graphics needs to know of the book, in its language (its accessibility summary). */
  readonly accessibility: string;
}

/**
 * How the book can be read, as EPUB Accessibility 1.1 asks a book to say (schema.org's terms): in text and images,
 * wholly in text (each graphic has a title as its alternative text and a caption that says what it shows), with
 * headings, a table of contents and a reading order, restyled at will, and nothing that flashes, moves or sounds. It
 * claims no conformance: no one has audited the book against WCAG.
 */
const accessibilityMeta: readonly (readonly [string, string])[] = [
  ['accessMode', 'textual'],
  ['accessMode', 'visual'],
  ['accessModeSufficient', 'textual'],
  ...['alternativeText', 'structuralNavigation', 'tableOfContents', 'readingOrder', 'displayTransformability'].map(
    (feature) => ['accessibilityFeature', feature] as const,
  ),
  ['accessibilityHazard', 'none'],
];

/** The attributes a book's page keeps (hast's names): what says what an element is, where it leads, and its language. */
const kept = new Set([
  'id',
  'className',
  'href',
  'src',
  'alt',
  'lang',
  'title',
  'dateTime',
  'colSpan',
  'rowSpan',
  'scope',
  'headers',
  'role',
]);
const stylesheet = `body { font-family: serif; line-height: 1.5; margin: 0 1em; }
h1, h2, h3, .kicker, .muted, figcaption, .source-list { font-family: sans-serif; }
.muted, figcaption { color: #4a4a52; font-size: 0.9em; }
.step { margin: 2em 0; }
.step__card { border-left: 3px solid #c0392b; padding-left: 0.75em; }
figure { margin: 1em 0; }
figure img { display: block; width: 100%; height: auto; }
blockquote { margin: 1em 0 1em 1em; font-style: italic; }
`;

/** A page of the book: an XHTML document around `body`. */
function xhtml(title: string, lang: string, body: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n` +
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}">\n` +
    `<head><meta charset="utf-8" /><title>${escape(title)}</title><link rel="stylesheet" href="style.css" /></head>\n` +
    `<body>${body}</body>\n</html>\n`
  );
}

/** A section as a page of the book: XHTML that an e-reader takes, with no custom element, its links between pages. */
function xhtmlOf(section: Element, files: ReadonlyMap<string, string>): Element {
  visit(section, 'element', (element) => {
    // A custom element (<scrolly-story>, <copy-text>) is a plain block in a book.
    if (element.tagName.includes('-')) element.tagName = 'div';
    const href = element.properties.href;
    if (typeof href === 'string' && href.startsWith('#')) {
      const id = decodeURIComponent(href.slice(1));
      const file = files.get(id);
      element.properties.href = file === undefined ? href : id === file.replace(/\.xhtml$/, '') ? file : `${file}#${id}`;
    }
    for (const name of Object.keys(element.properties)) if (!kept.has(name)) delete element.properties[name];
  });
  return section;
}

/**
 * The single-file edition as an EPUB 3 book (issue 26): one XHTML page per section (the home page, each chapter, the
 * sources, the colophon), in the file's order, with a table of contents, as `bookSections` pares them (each step's
 * text and its graphic, nothing that works only on the web); links between sections lead from page to page. Dated
 * by the newest date the edition shows as current to or updated on. The zip holds `mimetype` first and stored, as EPUB
 * requires, and every entry dated alike (`datedZip`): the same edition gives the same bytes. Pure.
 */
export function editionEpub({ html, identifier, creator, graphics, colophon, accessibility }: EpubInput): Uint8Array {
  const { title, lang, modified, sections } = bookSections(html, graphics, colophon);
  /** The file of the book that holds each id, and each section's file by its own id. */
  const files = new Map<string, string>();
  for (const { id, element } of sections) {
    files.set(id, `${id}.xhtml`);
    visit(element, 'element', (e) => void (typeof e.properties.id === 'string' && files.set(e.properties.id, `${id}.xhtml`)));
  }
  const pages = sections.map(({ id, heading, element }) => {
    const body = toHtml(xhtmlOf(element, files), { closeSelfClosing: true });
    return { id, file: `${id}.xhtml`, heading, text: xhtml(heading, lang, body) };
  });

  const used = [...new Set([...pages.flatMap((page) => [...page.text.matchAll(/src="images\/([^"]+)\.svg"/g)].map((m) => m[1]!))])];
  const nav = xhtml(
    title,
    lang,
    `<nav epub:type="toc" id="toc"><h1>${escape(title)}</h1><ol>${pages
      .map((page) => `<li><a href="${page.file}">${escape(page.heading)}</a></li>`)
      .join('')}</ol></nav>`,
  );
  const opf =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id" xml:lang="${lang}">\n` +
    `<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">` +
    `<dc:identifier id="id">${escape(identifier)}</dc:identifier><dc:title>${escape(title)}</dc:title>` +
    `<dc:language>${lang}</dc:language><dc:creator>${escape(creator)}</dc:creator>` +
    `<meta property="dcterms:modified">${modified}T00:00:00Z</meta>` +
    accessibilityMeta.map(([property, value]) => `<meta property="schema:${property}">${value}</meta>`).join('') +
    `<meta property="schema:accessibilitySummary">${escape(accessibility)}</meta></metadata>\n<manifest>` +
    `<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>` +
    `<item id="style" href="style.css" media-type="text/css"/>` +
    pages.map((page) => `<item id="page-${page.id}" href="${page.file}" media-type="application/xhtml+xml"/>`).join('') +
    used.map((step, i) => `<item id="graphic-${i + 1}" href="images/${step}.svg" media-type="image/svg+xml"/>`).join('') +
    `</manifest>\n<spine>${pages.map((page) => `<itemref idref="page-${page.id}"/>`).join('')}</spine>\n</package>\n`;
  const container =
    `<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">` +
    `<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles></container>\n`;

  return datedZip([
    ['mimetype', strToU8('application/epub+zip'), 0],
    ['META-INF/container.xml', strToU8(container), 9],
    ['EPUB/package.opf', strToU8(opf), 9],
    ['EPUB/nav.xhtml', strToU8(nav), 9],
    ['EPUB/style.css', strToU8(stylesheet), 9],
    ...pages.map((page) => [`EPUB/${page.file}`, strToU8(page.text), 9] as const),
    ...used.map((step) => [`EPUB/images/${step}.svg`, graphics.get(step)!, 9] as const),
  ]);
}

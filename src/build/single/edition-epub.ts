import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

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
}

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
/** What a book has no use for: the live graphic, share panels, the step's place in its chapter, buttons. */
const dropped = ['scrolly__graphic', 'step-share', 'step__context', 'chapter-nav', 'reading-progress'];

const hasClass = (element: Element, names: readonly string[]) =>
  names.some((name) => (element.properties.className as string[] | undefined)?.includes(name));

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

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** An element's part of the book: what a reader reads, in markup an e-reader takes (XHTML, no custom elements). */
function bookOf(section: Element, files: ReadonlyMap<string, string>, graphics: ReadonlyMap<string, Uint8Array>): Element {
  // Each step's snapshot becomes its graphic as an image, with its text alternative, before the rest is pared down.
  visit(section, 'element', (step) => {
    if (!hasClass(step, ['step']) || typeof step.properties.id !== 'string') return undefined;
    const id = step.properties.id;
    if (!graphics.has(id)) throw new Error(`e-book: step ${id} has no graphic`);
    visit(step, 'element', (figure) => {
      if (figure.tagName !== 'figure' || !hasClass(figure, ['step__snapshot'])) return undefined;
      const caption = figure.children.find((child): child is Element => child.type === 'element' && child.tagName === 'figcaption');
      // The image is named by its chart's title; the caption beside it says what it shows.
      const alt = textContent(fromHtml(new TextDecoder().decode(graphics.get(id)), { fragment: true }), 'title');
      figure.children = [h('img', { src: `images/${id}.svg`, alt }), ...(caption ? [caption] : [])];
      return 'skip';
    });
    return 'skip';
  });
  visit(section, 'element', (element, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const tag = element.tagName;
    if (['script', 'style', 'button', 'svg', 'template'].includes(tag) || hasClass(element, dropped)) {
      parent.children.splice(index, 1);
      return index;
    }
    // A custom element (<scrolly-story>, <copy-text>) is a plain block in a book.
    if (tag.includes('-')) element.tagName = 'div';
    const href = element.properties.href;
    if (typeof href === 'string' && href.startsWith('data:')) {
      // The data downloads stay on the site: a book may not carry a data: link.
      parent.children.splice(index, 1, ...(element.children as ElementContent[]));
      return index;
    }
    if (typeof href === 'string' && href.startsWith('#')) {
      const id = decodeURIComponent(href.slice(1));
      const file = files.get(id);
      element.properties.href = file === undefined ? href : id === file.replace(/\.xhtml$/, '') ? file : `${file}#${id}`;
    }
    for (const name of Object.keys(element.properties)) if (!kept.has(name)) delete element.properties[name];
    return undefined;
  });
  return section;
}

/**
 * The single-file edition as an EPUB 3 book (issue 26): one XHTML page per section (the home page, each chapter, the
 * sources, the colophon), in the file's order, with a table of contents; each step keeps its text and its graphic, the
 * site's standalone SVG of that step, named by its chart's title, with the step's text alternative as its caption; what only works on the web (the live graphic,
 * share panels, scripts, data: downloads) is left out, and links between sections lead from page to page. Dated by
 * the newest date the edition shows as current to or updated on. The zip holds `mimetype` first and stored, as EPUB
 * requires, and every entry dated 1 January 1980: the same edition gives the same bytes. Pure.
 */
export function editionEpub({ html, identifier, creator, graphics }: EpubInput): Uint8Array {
  const root: Root = fromHtml(html);
  const lang = String((root.children.find((node): node is Element => node.type === 'element') as Element).properties.lang);
  let title = '';
  const sections: Element[] = [];
  const dates: string[] = [];
  visit(root, 'element', (element) => {
    if (element.tagName === 'title') title = toText(element);
    if (element.tagName === 'section' && hasClass(element, ['edition-part'])) sections.push(element);
    // The dates the edition says it is current to, or was updated on.
    if (hasClass(element, ['as-of']))
      visit(element, 'element', (time) => void (typeof time.properties.dateTime === 'string' && dates.push(time.properties.dateTime)));
  });
  const modified = dates
    .filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))
    .sort()
    .at(-1);
  if (!modified || sections.length === 0) throw new Error('e-book: the single-file edition has no sections, or no date');

  /** The file of the book that holds each id, and each section's file by its own id. */
  const files = new Map<string, string>();
  for (const section of sections) {
    const file = `${String(section.properties.id)}.xhtml`;
    files.set(String(section.properties.id), file);
    visit(section, 'element', (element) => void (typeof element.properties.id === 'string' && files.set(element.properties.id, file)));
  }
  const pages = sections.map((section) => {
    const id = String(section.properties.id);
    const heading = toText(findHeading(section) ?? h('span', title)).trim();
    const body = toHtml(bookOf(section, files, graphics), { closeSelfClosing: true, allowDangerousHtml: false });
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
    `<meta property="dcterms:modified">${modified}T00:00:00Z</meta></metadata>\n<manifest>` +
    `<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>` +
    `<item id="style" href="style.css" media-type="text/css"/>` +
    pages.map((page) => `<item id="page-${page.id}" href="${page.file}" media-type="application/xhtml+xml"/>`).join('') +
    used.map((step, i) => `<item id="graphic-${i + 1}" href="images/${step}.svg" media-type="image/svg+xml"/>`).join('') +
    `</manifest>\n<spine>${pages.map((page) => `<itemref idref="page-${page.id}"/>`).join('')}</spine>\n</package>\n`;
  const container =
    `<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">` +
    `<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles></container>\n`;

  const mtime = new Date(1980, 0, 1, 12);
  const entries: Zippable = { mimetype: [strToU8('application/epub+zip'), { level: 0, mtime }] };
  const add = (path: string, bytes: Uint8Array) => void (entries[path] = [bytes, { level: 9, mtime }]);
  add('META-INF/container.xml', strToU8(container));
  add('EPUB/package.opf', strToU8(opf));
  add('EPUB/nav.xhtml', strToU8(nav));
  add('EPUB/style.css', strToU8(stylesheet));
  for (const page of pages) add(`EPUB/${page.file}`, strToU8(page.text));
  for (const step of used) add(`EPUB/images/${step}.svg`, graphics.get(step)!);
  return zipSync(entries, { mtime });
}

/** A section's first heading. */
function findHeading(section: Element): Element | undefined {
  let found: Element | undefined;
  visit(section, 'element', (element) => {
    if (!/^h[12]$/.test(element.tagName)) return undefined;
    found = element;
    return false;
  });
  return found;
}

/** The text of the first `tag` element in a tree, as the DOM's textContent gives it (a `<title>` is not rendered). */
function textContent(tree: Root, tag: string): string {
  let text = '';
  visit(tree, 'element', (element) => {
    if (element.tagName !== tag) return undefined;
    visit(element, 'text', (node) => void (text += node.value));
    return false;
  });
  return text.trim();
}

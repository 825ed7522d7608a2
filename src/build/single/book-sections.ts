import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

/** One section of the single-file edition, made for reading on paper or an e-reader. */
export interface BookSection {
  /** Its id in the file: "contents", a chapter's slug, "sources", "colophon". */
  readonly id: string;
  /** Its first heading's text. */
  readonly heading: string;
  readonly element: Element;
}

/** The single-file edition as the books (EPUB, PDF) take it. */
export interface Book {
  readonly title: string;
  readonly lang: string;
  /** The newest date the edition says it is current to or was updated on (YYYY-MM-DD). */
  readonly modified: string;
  readonly sections: readonly BookSection[];
}

/** What a book has no use for: the live graphic, share panels, the step's place in its chapter, page navigation. */
const dropped = ['scrolly__graphic', 'step-share', 'step__context', 'chapter-nav', 'reading-progress'];

/** Whether an element can title a section: the section's first h1 or h2 names its bookmark and its landmarks. */
export const isTitle = (element: Element): boolean => /^h[12]$/.test(element.tagName);

/** An element's text as a reader hears it: its words, with one space between each. */
export const spokenText = (element: Element): string => toText(element).replace(/\s+/g, ' ').trim();

export const hasClass = (element: Element, names: readonly string[]): boolean =>
  names.some((name) => (element.properties.className as string[] | undefined)?.includes(name));

/** The text of the first `tag` element in a tree, as the DOM's textContent gives it (a `<title>` is not rendered). */
export function textContent(tree: Root | Element, tag: string): string {
  let text = '';
  visit(tree, 'element', (element) => {
    if (element.tagName !== tag) return undefined;
    visit(element, 'text', (node) => void (text += node.value));
    return false;
  });
  return text.trim();
}

/** The first element of a tree that passes `test`. */
export function first(tree: Root | Element, test: (element: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  visit(tree, 'element', (element) => {
    if (!test(element)) return undefined;
    found = element;
    return false;
  });
  return found;
}

/**
 * The sections of the single-file edition (src/build/single/single-file.ts), in its order, pared down to what a book
 * holds: each step keeps its text, and its snapshot becomes an image of its graphic (`images/<step>.svg`, the step's
 * standalone SVG in `graphics`, named by its chart's title), followed by the step's text alternative as its caption.
 * Left out: what works only on the web (the live graphic, share panels, the step's place in its chapter, scripts,
 * styles, buttons, other inline SVG, and data: downloads, which stay on the site: their link becomes its words).
 * The file's colophon gives way to the book's, `colophon`, with the same id. Throws for a step without a graphic, or a
 * file without sections or dates.
 */
export function bookSections(html: string, graphics: ReadonlyMap<string, Uint8Array>, colophon: Element): Book {
  const root: Root = fromHtml(html);
  const lang = String(first(root, (element) => element.tagName === 'html')?.properties.lang ?? '');
  const title = textContent(root, 'title');
  const dates: string[] = [];
  const sections: BookSection[] = [];
  // The dates the edition says it is current to, or was updated on.
  visit(root, 'element', (element) => {
    if (!hasClass(element, ['as-of'])) return undefined;
    visit(element, 'element', (time) => void (typeof time.properties.dateTime === 'string' && dates.push(time.properties.dateTime)));
    return 'skip';
  });
  visit(root, 'element', (element) => {
    if (element.tagName !== 'section' || !hasClass(element, ['edition-part'])) return undefined;
    // The file's colophon speaks of the file (its name, its data downloads): the book has its own.
    if (element.properties.id === colophon.properties.id) element = structuredClone(colophon);
    const heading = first(element, isTitle);
    sections.push({
      id: String(element.properties.id),
      heading: heading ? spokenText(heading) : title,
      element: pared(element, graphics),
    });
    return 'skip';
  });
  const modified = dates
    .filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))
    .sort()
    .at(-1);
  if (!modified || sections.length === 0) throw new Error('book: the single-file edition has no sections, or no date');
  return { title, lang, modified, sections };
}

function pared(section: Element, graphics: ReadonlyMap<string, Uint8Array>): Element {
  visit(section, 'element', (step) => {
    if (!hasClass(step, ['step']) || typeof step.properties.id !== 'string') return undefined;
    const id = step.properties.id;
    const svg = graphics.get(id);
    if (!svg) throw new Error(`book: step ${id} has no graphic`);
    const alt = textContent(fromHtml(new TextDecoder().decode(svg), { fragment: true }), 'title');
    visit(step, 'element', (figure) => {
      if (figure.tagName !== 'figure' || !hasClass(figure, ['step__snapshot'])) return undefined;
      const caption = figure.children.find((child): child is Element => child.type === 'element' && child.tagName === 'figcaption');
      figure.children = [h('img', { src: `images/${id}.svg`, alt }), ...(caption ? [caption] : [])];
      return 'skip';
    });
    return 'skip';
  });
  visit(section, 'element', (element, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (['script', 'style', 'button', 'svg', 'template'].includes(element.tagName) || hasClass(element, dropped)) {
      parent.children.splice(index, 1);
      return index;
    }
    if (typeof element.properties.href === 'string' && element.properties.href.startsWith('data:')) {
      parent.children.splice(index, 1, ...(element.children as ElementContent[]));
      return index;
    }
    return undefined;
  });
  return section;
}

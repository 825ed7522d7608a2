import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { templateParts } from '../../core/fill.ts';
import type { SiteWord } from '../../data/site-words.ts';
import { metaPolicy } from '../postbuild/csp-hashes.ts';
import { first, hasClass } from './book-sections.ts';
import { editionDocument, type EditionLinks, type EditionPage } from './edition-sections.ts';

/**
 * The single file's Content-Security-Policy, before the build adds the hashes of its one style and one script: no
 * request of any kind, to any address (`connect-src 'none'` says it outright), no other script or style, no `<base>`
 * and no form. Its links to the site still lead there, and its `data:` links still download.
 */
export const singleFilePolicy = [
  "default-src 'none'",
  'script-src',
  'style-src',
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The colophon's words, in the file's language (content/i18n/*.json). */
export type ColophonWords = Readonly<Record<Extract<SiteWord, `single.${string}`>, string>>;

/** What the colophon says besides its words. */
export interface Colophon {
  readonly words: ColophonWords;
  /** The edition's home page on the published site. */
  readonly address: string;
  /** The file's name, as the site's list of checksums gives it. */
  readonly file: string;
  /** The site's list of checksums, and the About page's part on checking a copy, on the published site. */
  readonly sums: string;
  readonly about: string;
  /** The data downloads the file carries: a name, and its `data:` address. */
  readonly data: readonly { readonly name: string; readonly href: string }[];
}

export interface SingleFile {
  /** The edition's home page first (the file is built around it), then its chapters in order, then its sources. */
  readonly pages: readonly EditionPage[];
  readonly links: EditionLinks;
  /** The stylesheet and the one module script the file carries inline. */
  readonly css: string;
  readonly script: string;
  readonly colophon: Colophon;
}

const colophonId = 'colophon';

/** An element of the tree, found by a test, or an error that names what was looked for. */
function find(root: Root, what: string, test: (element: Element) => boolean): Element {
  const found = first(root, test);
  if (!found) throw new Error(`single-file edition: the home page has no ${what}`);
  return found;
}

/** A link to the site's list of checksums, named by its file. */
const sumsLink = (sums: string) => h('a', { href: sums }, h('code', sums.split('/').at(-1)));

/** A sentence of the colophon: its words, with an element where they name one. */
function sentence(template: string, elements: Readonly<Record<string, ElementContent | ElementContent[]>>): Element {
  const parts = templateParts(template, {}, Object.keys(elements));
  return h(
    'p',
    parts.flatMap((part) => (typeof part === 'string' ? [{ type: 'text', value: part } as const] : [elements[part.name]!].flat())),
  );
}

/**
 * The colophon of a copy made from the file (its e-book, its PDF), which replaces the file's own: where the copy is
 * published and how to check it, by its own line in the site's list of checksums.
 */
export function bookColophon(
  words: ColophonWords,
  copy: { readonly address: string; readonly file: string; readonly sums: string },
): Element {
  return h('section', { id: colophonId, className: ['edition-part'] }, [
    h('div', { className: ['prose'] }, [
      h('h2', words['single.book.colophon']),
      sentence(words['single.book'], {
        address: h('a', { href: copy.address }, copy.address),
        file: h('code', copy.file),
        sums: sumsLink(copy.sums),
      }),
    ]),
  ]);
}

/** The colophon: which edition this is and of when, where it is published, how to check it, and its data. */
function colophonSection(colophon: Colophon, asOf: Element): Element {
  const { words } = colophon;
  const files = colophon.data.flatMap((file, i) => [
    ...(i > 0 ? [{ type: 'text', value: ' · ' } as const] : []),
    h('a', { href: file.href, download: file.name }, h('code', file.name)),
  ]);
  return h('section', { id: colophonId, className: ['edition-part'] }, [
    h('div', { className: ['prose'] }, [
      h('h2', words['single.colophon']),
      h('p', words['single.edition']),
      structuredClone(asOf),
      sentence(words['single.address'], { address: h('a', { href: colophon.address }, colophon.address) }),
      sentence(words['single.verify'], {
        file: h('code', colophon.file),
        sums: sumsLink(colophon.sums),
        about: h('a', { href: colophon.about }, words['single.about']),
      }),
      sentence(words['single.data'], { files }),
    ]),
  ]);
}

/**
 * The single-file edition of one language (issue 26): the home page, every chapter and the sources as sections of
 * one page (src/build/single/edition-sections.ts), after them a colophon, the site's navigation pointing into the file
 * (and to the colophon), one inline stylesheet and one inline module script, and a policy that allows no request.
 * The policy's hashes are the build's to add, once the stylesheet is pruned (src/build/postbuild/single-file-editions.ts).
 * Throws when an id would be used twice.
 */
export function singleFileHtml({ pages, links, css, script, colophon }: SingleFile): string {
  if (/<\/(script|style)/i.test(script + css)) throw new Error('single-file edition: the script or stylesheet would end its own element');
  const root = editionDocument(pages, links);
  const main = find(root, '<main>', (element) => element.tagName === 'main');
  const asOf = find(root, 'date it is current to (.as-of)', (element) => hasClass(element, ['as-of']));
  main.children.push(colophonSection(colophon, asOf));
  const nav = find(root, 'site navigation (.site-nav)', (element) => hasClass(element, ['site-nav']));
  nav.children.push(h('li', h('a', { href: `#${colophonId}` }, colophon.words['single.colophon'])));
  const ids = new Set<string>();
  visit(root, 'element', (element) => {
    // The step a reader is at is kept in the address of the page itself, not in a link to the site's other edition.
    delete element.properties.dataKeepHash;
    delete element.properties.ariaCurrent;
    const id = element.properties.id;
    if (typeof id !== 'string') return;
    if (ids.has(id)) throw new Error(`single-file edition: two elements have the id "${id}"`);
    ids.add(id);
  });
  // A download, not a page of the site: search engines index its pages there, at the canonical address it names.
  find(root, '<head>', (element) => element.tagName === 'head').children.push(
    h('meta', { name: 'robots', content: 'noindex' }),
    h('style', css),
  );
  find(root, '<body>', (element) => element.tagName === 'body').children.push(h('script', { type: 'module' }, script));
  // Written as text: hast would escape the policy's quotes. The doctype as the site's pages write it.
  const html = toHtml(root, { upperDoctype: true });
  if (!metaPolicy.test(html)) throw new Error('single-file edition: the home page has no Content-Security-Policy <meta>');
  return html.replace(metaPolicy, `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy}">`);
}

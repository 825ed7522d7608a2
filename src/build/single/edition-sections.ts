import type { Element, Properties, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { first, hasClass, isTitle, spokenText } from './book-sections.ts';

/** A built page that becomes one section of the single-file edition. */
export interface EditionPage {
  /** Its file in the site, from the site's top: "chapters/who-talks-on-what/index.html", "ru/index.html". */
  readonly path: string;
  /** The id of its section in the file, which a link to the page now names: "who-talks-on-what". */
  readonly section: string;
  readonly html: string;
}

/** Where the links of the file go that name no page of it. */
export interface EditionLinks {
  /** The site's base, from Astro's config: "/" or "/explainer/". */
  readonly base: string;
  /** The published site's origin ("https://example.org"): a link to a page or file the file leaves out goes there. */
  readonly origin: string;
}

/**
 * What the file leaves out of the pages, by class: each step's link to its entry in the educators' kit, whose embed
 * code, downloads and citations of the graphic are the published site's, for publishers on the web (the step's "copy
 * link" stays: it copies the step's published address; each chapter's citations come into the file,
 * src/build/single/kit-citations.ts). And each step's PNG for a browser that draws no SVG, a file of the site: there
 * the file shows the step's caption.
 */
const webOnly = ['step-share__more', 'svg-fallback'];

/** The attributes that name an element of the page by its id: a link's fragment, or a list of ids. */
const idLists = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'ariaOwns', 'htmlFor', 'headers'] as const;

/**
 * Whether an element is a landmark a reader's screen reader lists: a navigation, an aside, a search, or a section or
 * form with a name. (A page's header and footer are none inside its main, where its own content is.)
 */
const isLandmark = (element: Element): boolean =>
  ['nav', 'aside', 'search'].includes(element.tagName) ||
  (['section', 'form'].includes(element.tagName) &&
    (element.properties.ariaLabel !== undefined || element.properties.ariaLabelledBy !== undefined));

/** What names a landmark, as its page wrote it: its kind, and its label or the ids of what labels it. */
const landmarkName = (element: Element): string =>
  JSON.stringify([element.tagName, element.properties.ariaLabel ?? null, element.properties.ariaLabelledBy ?? null]);

/**
 * Names each landmark of a page's main content, the section `section` of the file, that other pages also have (every chapter's "Cite this chapter" and its
 * "Chapters" navigation) by its section's title as well, so that one document does not list five landmarks of one
 * name, which a reader could not tell apart: a label gets the title after a colon ("Chapters: Who talks on what"); a
 * landmark named by other elements is also named by the title's heading, which gets an id when it has none ("Cite
 * this chapter Who talks on what"); one with no name is named by that heading alone. Landmarks are told apart by what
 * their pages wrote (a label, the ids that name them), not by the words a reader hears; the html-validate test of the
 * built file (test/site/single-file.test.ts) checks those. Runs before the page's ids are rewritten for the file, which
 * then rewrites the ones added here with the rest. An id made here that the file already holds stops the build
 * (singleFileHtml).
 */
function nameLandmarks(main: Element, section: string, repeated: ReadonlySet<string>): void {
  const title = first(main, isTitle);
  if (!title) return;
  visit(main, 'element', (element) => {
    if (!isLandmark(element) || !repeated.has(landmarkName(element))) return;
    const properties: Properties = element.properties;
    if (typeof properties.ariaLabel === 'string') {
      properties.ariaLabel = `${properties.ariaLabel}: ${spokenText(title)}`;
      return;
    }
    title.properties.id ??= `${section}--title`;
    const ids = [properties.ariaLabelledBy ?? []].flat().map(String);
    if (!ids.includes(String(title.properties.id))) properties.ariaLabelledBy = [...ids, String(title.properties.id)];
  });
}

/** The element a page's own content sits in. */
const mainOf = (root: Root, page: string): Element => {
  const main = first(root, (element) => element.tagName === 'main');
  if (!main) throw new Error(`single-file edition: ${page} has no <main>`);
  return main;
};

const idsIn = (node: Element): string[] => {
  const ids: string[] = [];
  visit(node, 'element', (element) => void (typeof element.properties.id === 'string' && ids.push(element.properties.id)));
  return ids;
};

/** A page parsed, with its `<main>`. */
interface Parsed extends EditionPage {
  readonly root: Root;
  readonly main: Element;
}

/**
 * The pages as sections of one document (issue 26's single-file edition), and the first page's document around them:
 * each page's `<main>` content in a `<section>` whose id is the page's `section`, in the order given, inside the first
 * page's `<main>`. So that every id stays unique, an id that more than one page uses ("cite-this-chapter", a glossary
 * term's first use) takes its section's id before it ("who-talks-on-what--…"), and every reference to it in that page
 * follows; ids used once (a step's, a source's) stay as they are, and so do their links. A page's `main` is its section.
 *
 * Every link is rewritten for a file that is read with no site around it: a link to one of the pages, with or without
 * a fragment, to the place in the file; a link to any other page or file of the site, to it on the published site.
 * Throws for an image or other file a page loads from the site, which the file could not carry: it would be a
 * request. The pages' scripts and styles, the first page's links
 * to files of the site (its icon, its sitemap), and what is only for the web (`webOnly`) are left out.
 */
export function editionDocument(pages: readonly EditionPage[], links: EditionLinks): Root {
  const parsed: Parsed[] = pages.map((page) => {
    const root = fromHtml(page.html);
    leaveOut(root);
    return { ...page, root, main: mainOf(root, page.path) };
  });
  const sections = new Set(parsed.map((page) => page.section));
  const uses = new Map<string, number>();
  for (const page of parsed) for (const id of new Set(idsIn(page.main))) uses.set(id, (uses.get(id) ?? 0) + 1);
  const idIn = (section: string | undefined, id: string) => {
    if (section === undefined) return id;
    if (id === 'main') return section;
    return (uses.get(id) ?? 0) > 1 || sections.has(id) ? `${section}--${id}` : id;
  };
  const sectionOf = new Map(parsed.map((page) => [page.path, page.section]));
  // The landmarks' names, as their pages wrote them, that more than one page writes: named again (nameLandmarks).
  const pagesWith = new Map<string, Set<string>>();
  for (const page of parsed)
    visit(page.main, 'element', (element) => {
      if (!isLandmark(element)) return;
      const name = landmarkName(element);
      pagesWith.set(name, (pagesWith.get(name) ?? new Set()).add(page.path));
    });
  const repeated = new Set([...pagesWith].filter(([, pages]) => pages.size > 1).map(([name]) => name));

  /** A link's new address, from the page at `section` (undefined: outside every section). */
  const rewrite = (section: string | undefined, href: string): string => {
    if (href.startsWith('#')) return `#${idIn(section, decodeURIComponent(href.slice(1)))}`;
    if (!href.startsWith(links.base) || href.startsWith('//')) return href;
    const [path = '', hash] = href.slice(links.base.length).split('#');
    const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    const target = sectionOf.get(file);
    if (target) return `#${hash ? idIn(target, decodeURIComponent(hash)) : target}`;
    return `${links.origin}${href}`;
  };
  const relink = (node: Element | Root, page: string, section: string | undefined) =>
    visit(node, 'element', (element) => {
      const properties: Properties = element.properties;
      if (typeof properties.id === 'string') properties.id = idIn(section, properties.id);
      for (const name of idLists) {
        const value = properties[name];
        if (Array.isArray(value)) properties[name] = value.map((id) => idIn(section, String(id)));
      }
      if (typeof properties.href === 'string') properties.href = rewrite(section, properties.href);
      const loaded = properties.src ?? properties.srcSet ?? properties.poster;
      if (loaded !== undefined)
        throw new Error(`single-file edition: ${page} loads ${String(loaded)} (<${element.tagName}>), which one file cannot carry`);
    });

  const [shell] = parsed;
  if (!shell) throw new Error('single-file edition: no pages');
  // Every page's landmarks are named before any page changes, since `repeated` was read from them as written.
  for (const { section, main } of parsed) nameLandmarks(main, section, repeated);
  const inner = parsed.map(({ path, section, main }) => {
    relink({ type: 'root', children: main.children }, path, section);
    return {
      type: 'element',
      tagName: 'section',
      properties: { id: section, className: ['edition-part'] },
      children: main.children,
    } satisfies Element;
  });
  const main = shell.main;
  main.children = [];
  relink(shell.root, shell.path, undefined);
  main.children = inner;
  return shell.root;
}

/**
 * Drops the scripts and styles (the file carries its own), the head's links to files of the site (its icon, its
 * sitemap), which one file cannot carry, and what is only for the web.
 */
function leaveOut(root: Root): void {
  visit(root, 'element', (element, index, parent) => {
    const rel = (element.properties.rel as string[] | undefined) ?? [];
    const left =
      ['script', 'style'].includes(element.tagName) ||
      (element.tagName === 'link' && ['icon', 'sitemap'].some((kind) => rel.includes(kind))) ||
      hasClass(element, webOnly);
    if (!parent || index === undefined || !left) return undefined;
    parent.children.splice(index, 1);
    return index;
  });
}

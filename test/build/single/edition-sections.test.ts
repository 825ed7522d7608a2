import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { editionDocument, type EditionPage } from '../../../src/build/single/edition-sections.ts';

const links = { base: '/explainer/', origin: 'https://example.org' };
const page = (path: string, section: string, main: string, head = ''): EditionPage => ({
  path,
  section,
  html: `<!DOCTYPE html><html lang="en"><head>${head}</head><body><a class="skip-link" href="#main">Skip</a><main id="main">${main}</main><footer><a href="/explainer/sources/">Sources</a></footer></body></html>`,
});
const home = page(
  'index.html',
  'contents',
  '<p><a href="/explainer/chapters/one/">One</a> <a href="/explainer/chapters/two/#step-b">a step</a> <a href="/explainer/glossary/#dns">DNS</a> <a href="https://example.com/x">out</a></p>',
  '<link rel="icon" href="/explainer/favicon.svg"><link rel="canonical" href="https://example.org/explainer/"><style>p{}</style><script type="module" src="/explainer/_astro/a.js"></script>',
);
const one = page(
  'chapters/one/index.html',
  'one',
  '<h1>One</h1><h2 id="cite-this-chapter">Cite</h2><section aria-labelledby="cite-this-chapter"></section><nav aria-label="Chapters"></nav><aside></aside><div class="step" id="step-a"><a href="#main">Start</a><p class="step-share"><a href="#step-a">Copy</a><span class="step-share__more"> · <a href="/explainer/educators/#kit-step-a">Embed</a></span></p></div><svg><defs><g id="marks"></g></defs><use href="#marks"></use></svg>',
);
const two = page(
  'chapters/two/index.html',
  'two',
  '<h1 id="two-title">Two</h1><h2 id="cite-this-chapter">Cite</h2><section aria-labelledby="cite-this-chapter"></section><nav aria-label="Chapters"></nav><div class="step" id="step-b"><a href="#cite-this-chapter">Cite it</a></div><svg><defs><g id="marks"></g></defs><use href="#marks"></use></svg><script type="application/ld+json">{}</script>',
);
const sources = page(
  'sources/index.html',
  'sources',
  '<li id="one--reuters">Reuters</li><a href="/explainer/chapters/one/#cite-this-chapter">back</a>',
);

const built = () => toHtml(editionDocument([home, one, two, sources], links));

describe('editionDocument', () => {
  it('puts each page’s main content in a section named after it, inside the first page’s main, in order', () => {
    const html = built();
    expect([...html.matchAll(/<section id="([^"]+)" class="edition-part">/g)].map((m) => m[1])).toEqual([
      'contents',
      'one',
      'two',
      'sources',
    ]);
    expect(html).toMatch(/^<!doctype html><html lang="en">.*<main id="main">/s);
  });

  it('gives an id that several pages use its section’s name, and every reference to it in that page follows; ids used once stay', () => {
    const html = built();
    expect(html).toContain('<h2 id="one--cite-this-chapter">Cite</h2><section aria-labelledby="one--cite-this-chapter one--title">');
    expect(html).toContain('<h2 id="two--cite-this-chapter">');
    expect(html).toContain('<a href="#two--cite-this-chapter">Cite it</a>');
    expect(html).toContain('<g id="one--marks"></g></defs><use href="#one--marks">');
    expect(html).toContain('<g id="two--marks"></g></defs><use href="#two--marks">');
    expect(html).toContain('<div class="step" id="step-a">');
    expect(html).toContain('<li id="one--reuters">');
  });

  it('names a landmark that several pages have by its section’s title too, so that no two share a name; one a single page has stays', () => {
    const html = built();
    expect(html).toContain('<section id="one" class="edition-part"><h1 id="one--title">One</h1>');
    expect(html).toContain(
      '<section aria-labelledby="one--cite-this-chapter one--title"></section><nav aria-label="Chapters: One"></nav><aside></aside>',
    );
    expect(html).toContain('<h1 id="two-title">Two</h1>');
    expect(html).toContain('<section aria-labelledby="two--cite-this-chapter two-title"></section><nav aria-label="Chapters: Two"></nav>');
  });

  it('leads links to the pages into the file, a page’s main to its section, and every other link of the site to the published site', () => {
    const html = built();
    expect(html).toContain(
      '<a href="#one">One</a> <a href="#step-b">a step</a> <a href="https://example.org/explainer/glossary/#dns">DNS</a> <a href="https://example.com/x">out</a>',
    );
    expect(html).toContain('<a href="#one">Start</a>');
    expect(html).toContain('<a href="#one--cite-this-chapter">back</a>');
    expect(html).toContain('<a class="skip-link" href="#main">');
    expect(html).toContain('<footer><a href="#sources">Sources</a></footer>');
  });

  it('leaves out scripts, styles, the icon and a step’s link to the web kit, and keeps the canonical address', () => {
    const html = built();
    expect(html).not.toMatch(/<script|<style|rel="icon"|step-share__more/);
    expect(html).toContain('<p class="step-share"><a href="#step-a">Copy</a></p>');
    expect(html).toContain('<link rel="canonical" href="https://example.org/explainer/">');
  });

  it('refuses a page that loads a file, which one file cannot carry, naming the page', () => {
    const image = page('chapters/three/index.html', 'three', '<img src="/explainer/og/x.png" alt="">');
    expect(() => editionDocument([home, image], links)).toThrow(/chapters\/three\/index\.html loads \/explainer\/og\/x\.png \(<img>\)/);
    const noMain = { path: 'about/index.html', section: 'about', html: '<p>no main</p>' };
    expect(() => editionDocument([home, noMain], links)).toThrow('about/index.html has no <main>');
  });
});

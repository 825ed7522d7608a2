import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { h } from 'hastscript';
import { editionEpub } from '../../../src/build/single/edition-epub.ts';

const html = `<!DOCTYPE html><html lang="en"><head><title>The explainer</title></head><body><main id="main">
<section id="contents" class="edition-part"><h1>The explainer</h1><p class="as-of">Current to <time datetime="2026-04-14">14 April 2026</time></p><a href="#one">One</a></section>
<section id="one" class="edition-part"><h1>One</h1><p class="as-of"><time datetime="2026-04-14">x</time> <time datetime="2026-12-03">y</time></p>
<scrolly-story class="scrolly"><figure class="scrolly__graphic"><svg></svg></figure><div class="scrolly__steps"><div class="step" id="step-a" data-step tabindex="0"><div class="step__card"><p class="step__context">Step 1 <a href="#one">Start</a></p><div class="step__text"><p>Text <a href="#source-a">A</a></p></div><figure class="step__snapshot" data-snapshot><svg data-size="narrow"></svg><figcaption class="step__alt">Bars.</figcaption></figure></div><copy-text class="step-share"><a href="#step-a">Copy</a></copy-text></div></div></scrolly-story>
<button>Copy</button><script type="module">x()</script></section>
<section id="sources" class="edition-part"><h1>Sources</h1><ol><li id="source-a">A</li></ol><p><a href="data:text/csv;base64,YQ==" download="a.csv"><code>a.csv</code></a></p></section>
<section id="colophon" class="edition-part"><h2>About this file</h2><p>The file’s own words.</p></section>
</main></body></html>`;
const graphics = new Map([
  ['step-a', strToU8('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><title>Reach &amp; share</title></svg>')],
]);
const colophon = h('section', { id: 'colophon', className: ['edition-part'] }, [h('h2', 'About this copy'), h('p', 'The book’s words.')]);
const input = {
  html,
  identifier: 'https://example.org/',
  creator: 'A publisher',
  graphics,
  colophon,
  accessibility: 'Readable as text & images.',
};
const book = () => unzipSync(editionEpub(input));

describe('editionEpub', () => {
  it('begins with an uncompressed mimetype and lists its pages in the file’s order, with their table of contents', () => {
    const zip = editionEpub(input);
    expect(strFromU8(zip.subarray(30, 38))).toBe('mimetype');
    expect(strFromU8(zip.subarray(38, 58))).toBe('application/epub+zip');
    const files = book();
    const opf = strFromU8(files['EPUB/package.opf']!);
    expect([...opf.matchAll(/idref="page-([^"]+)"/g)].map((m) => m[1])).toEqual(['contents', 'one', 'sources', 'colophon']);
    expect(opf).toContain(
      '<dc:identifier id="id">https://example.org/</dc:identifier><dc:title>The explainer</dc:title><dc:language>en</dc:language><dc:creator>A publisher</dc:creator>',
    );
    expect(opf).toContain('<meta property="dcterms:modified">2026-12-03T00:00:00Z</meta>');
    // How it can be read (EPUB Accessibility 1.1): wholly as text, each graphic with its alternative, nothing hazardous.
    expect(opf).toContain('<meta property="schema:accessModeSufficient">textual</meta>');
    expect(opf).toContain('<meta property="schema:accessibilityFeature">alternativeText</meta>');
    expect(opf).toContain('<meta property="schema:accessibilityHazard">none</meta>');
    expect(opf).toContain('<meta property="schema:accessibilitySummary">Readable as text &amp; images.</meta>');
    expect(strFromU8(files['EPUB/nav.xhtml']!)).toContain(
      '<ol><li><a href="contents.xhtml">The explainer</a></li><li><a href="one.xhtml">One</a></li><li><a href="sources.xhtml">Sources</a></li><li><a href="colophon.xhtml">About this copy</a></li></ol>',
    );
  });

  it('keeps each step’s text and its graphic as an image, and leaves out what only works on the web', () => {
    const page = strFromU8(book()['EPUB/one.xhtml']!);
    expect(page).toContain(
      '<div class="step" id="step-a"><div class="step__card"><div class="step__text"><p>Text <a href="sources.xhtml#source-a">A</a></p></div>',
    );
    expect(page).toContain(
      '<figure class="step__snapshot"><img src="images/step-a.svg" alt="Reach &#x26; share" /><figcaption class="step__alt">Bars.</figcaption></figure>',
    );
    expect(page).not.toMatch(/<svg|<script|<button|scrolly-story|copy-text|scrolly__graphic|step__context|data-step|tabindex/);
    expect(strFromU8(book()['EPUB/contents.xhtml']!)).toContain('<a href="one.xhtml">One</a>');
    expect(strFromU8(book()['EPUB/sources.xhtml']!)).toContain('<p><code>a.csv</code></p>');
    expect(book()['EPUB/images/step-a.svg']).toEqual(graphics.get('step-a'));
    // The book's colophon speaks of the book, not of the file it is made from.
    expect(strFromU8(book()['EPUB/colophon.xhtml']!)).toContain('<h2>About this copy</h2><p>The book’s words.</p>');
    expect(strFromU8(book()['EPUB/colophon.xhtml']!)).not.toContain('The file’s own words');
  });

  it('refuses a step without a graphic', () => {
    expect(() => editionEpub({ ...input, graphics: new Map() })).toThrow('step step-a has no graphic');
  });
});

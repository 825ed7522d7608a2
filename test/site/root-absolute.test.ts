import { describe, expect, it } from 'vitest';
import { urlsOutsideBase } from '../helpers/outside-base.ts';

// The check that test/site/subpath.test.ts runs over a whole build under /explainer/. Here: that it catches every
// way a page can point at the domain's root instead of the site's base, and lets the right ones through.
const site = 'https://example.org/explainer/';
const find = (file: string, text: string) => urlsOutsideBase(file, text, site, new Set(['chapters', '_astro', 'og']));

describe('a URL outside the base is found', () => {
  it.each([
    ['an <a href>', '<a href="/sources/#x">Sources</a>'],
    ['a <link href>', '<link rel="stylesheet" href="/_astro/a.css">'],
    ['an <img src>', '<img src="/og/x.png" alt="">'],
    ['a <script src>', '<script type="module" src="/_astro/a.js"></script>'],
    ['a srcset candidate', '<img src="/explainer/a.png" srcset="/explainer/a.png 1x, /a@2x.png 2x" alt="">'],
    ['a <form action>', '<form action="/search/"></form>'],
    ['an SVG href', '<svg><use href="/sprite.svg#i"></use></svg>'],
    ['a protocol-relative URL', '<a href="//example.org/about/">About</a>'],
    ['an inline style url()', '<div style="background: url(/bg.png)"></div>'],
    ['a <style> url()', '<style>.a { background: url("/bg.png") }</style>'],
    ['a canonical URL on the origin without the base', '<link rel="canonical" href="https://example.org/about/">'],
    ['an og:image without the base', '<meta property="og:image" content="https://example.org/og/a.png">'],
    ['a copy-paste URL in text', '<p>Link: https://example.org/chapters/a/#step</p>'],
  ])('%s', (_what, html) => {
    expect(find('page/index.html', `<!doctype html><html><body>${html}</body></html>`)).toHaveLength(1);
  });

  it('in CSS url() and @import', () => {
    expect(find('_astro/a.css', '@import "/b.css"; .a{background:url(/x.svg)} .b{background:url("/explainer/y.svg")}')).toHaveLength(2);
  });

  it("in JavaScript strings that name one of the site's own paths", () => {
    expect(find('_astro/a.js', 'location.href="/chapters/a/";const b="/explainer/chapters/a/";const re="/";x("/usr/")')).toEqual([
      '_astro/a.js: js string: /chapters/a/',
    ]);
  });

  it('in JavaScript, an absolute URL on the origin, but not the origin alone (an origin to trust, as /embed.js has)', () => {
    expect(find('embed.js', 'const o=["https://example.org"];go("https://example.org/about/")')).toEqual([
      'embed.js: js absolute URL: https://example.org/about/',
    ]);
  });

  it('in the sitemap and robots.txt', () => {
    expect(find('sitemap-0.xml', '<urlset><url><loc>https://example.org/about/</loc></url></urlset>')).toHaveLength(1);
    expect(find('robots.txt', 'Sitemap: https://example.org/sitemap-index.xml\n')).toHaveLength(1);
  });
});

describe('URLs under the base and URLs elsewhere pass', () => {
  it.each([
    ['base-absolute paths', '<a href="/explainer/sources/#x">S</a><img src="/explainer/og/a.png" srcset="/explainer/og/a.png 1x" alt="">'],
    ['relative paths and fragments', '<a href="#top">Top</a><a href="../about/">About</a>'],
    ['absolute URLs under the base', '<link rel="canonical" href="https://example.org/explainer/about/">'],
    ['other sites', '<a href="https://www.reuters.com/world/">Reuters</a><a href="https://example.org.evil.test/">x</a>'],
    ['mail and data URLs', '<a href="mailto:a@example.org">Mail</a><img src="data:image/png;base64,AA" alt="">'],
  ])('%s', (_what, html) => {
    expect(find('index.html', `<!doctype html><html><body>${html}</body></html>`)).toEqual([]);
  });
});

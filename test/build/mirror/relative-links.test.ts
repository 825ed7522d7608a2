import { describe, expect, it } from 'vitest';
import { relativeHref, relativeLinks } from '../../../src/build/mirror/relative-links.ts';

describe('relativeHref', () => {
  it('leads from a page to a page, naming its index.html, with the query and fragment kept', () => {
    expect(relativeHref('chapters/x/index.html', '/about/#corrections', '/')).toBe('../../about/index.html#corrections');
    expect(relativeHref('chapters/x/index.html', '/', '/')).toBe('../../index.html');
    expect(relativeHref('index.html', '/ru/', '/')).toBe('ru/index.html');
    expect(relativeHref('index.html', '/', '/')).toBe('index.html');
    expect(relativeHref('chapters/x/index.html', '/chapters/x/#step-1', '/')).toBe('index.html#step-1');
    expect(relativeHref('ru/404.html', '/ru/sources/?q=1', '/')).toBe('sources/index.html?q=1');
  });

  it('leads to a file as it is', () => {
    expect(relativeHref('chapters/x/index.html', '/_astro/a.js', '/')).toBe('../../_astro/a.js');
    expect(relativeHref('index.html', '/favicon.svg', '/')).toBe('favicon.svg');
  });

  it('takes off the base the site was built under', () => {
    expect(relativeHref('chapters/x/index.html', '/explainer/downloads/a.png', '/explainer/')).toBe('../../downloads/a.png');
    expect(relativeHref('index.html', '/explainer/', '/explainer/')).toBe('index.html');
  });

  it('names a file the copy leaves out where the site is published', () => {
    const leftOut = { paths: new Set(['downloads/site.zip']), origin: 'https://example.org' };
    expect(relativeHref('about/index.html', '/explainer/downloads/site.zip', '/explainer/', leftOut)).toBe(
      'https://example.org/explainer/downloads/site.zip',
    );
    expect(relativeHref('about/index.html', '/explainer/downloads/a.png', '/explainer/', leftOut)).toBe('../downloads/a.png');
  });

  it('refuses a URL outside the base, which a copy elsewhere could not reach', () => {
    expect(() => relativeHref('index.html', '/other/', '/explainer/')).toThrow(
      'index.html: "/other/" is outside the site\'s base "/explainer/"',
    );
  });
});

describe('relativeLinks', () => {
  const page = 'chapters/x/index.html';

  it("rewrites links, assets, srcset candidates, a redirect, a story's wide frames, the loader's imports and CSS url()s", () => {
    const html = [
      '<a href="/about/">About</a><img src="/downloads/a.png" srcset="/downloads/a.png 1x, /downloads/b.png 2x">',
      '<scrolly-story data-frames="/chapters/x/wide-frames.svg">',
      '<meta http-equiv="refresh" content="0; url=/chapters/y/#s">',
      '<script type="module">import("/_astro/a.js"),import("/_astro/b.js")</script>',
      '<style>.a{background:url(/x.svg)}.b{background:url("/y.svg")}</style>',
    ].join('');
    expect(relativeLinks(html, page, '/')).toBe(
      [
        '<a href="../../about/index.html">About</a><img src="../../downloads/a.png" srcset="../../downloads/a.png 1x, ../../downloads/b.png 2x">',
        '<scrolly-story data-frames="wide-frames.svg">',
        '<meta http-equiv="refresh" content="0; url=../y/index.html#s">',
        '<script type="module">import("../../_astro/a.js"),import("../../_astro/b.js")</script>',
        '<style>.a{background:url(../../x.svg)}.b{background:url("../../y.svg")}</style>',
      ].join(''),
    );
  });

  it('imports a script beside or below the page as "./…", never as a bare name', () => {
    expect(relativeLinks('<script type="module">import("/_astro/a.js")</script>', 'index.html', '/')).toBe(
      '<script type="module">import("./_astro/a.js")</script>',
    );
  });

  it('keeps absolute URLs, other hosts, fragments, and text that only looks like a link or an import', () => {
    const html = [
      '<link rel="canonical" href="https://example.org/chapters/x/"><meta property="og:image" content="https://example.org/og/x.png">',
      '<a href="//cdn.example/x">x</a><a href="#step">s</a><a href="mailto:a@example.org">m</a>',
      '<p>Write href="/about/" in the page, or import("/_astro/a.js") or url(/x.svg).</p>',
    ].join('');
    expect(relativeLinks(html, page, '/')).toBe(html);
  });
});

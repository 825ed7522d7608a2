import { describe, expect, it } from 'vitest';
import { singleFileHtml, singleFilePolicy, type SingleFile } from '../../../src/build/single/single-file.ts';
import { siteWords } from '../../../src/data/site-words.ts';

const words = Object.fromEntries(
  Object.entries(siteWords('en')).filter(([key]) => key.startsWith('single.')),
) as SingleFile['colophon']['words'];
const html = (main: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'"></head><body><header><ul class="site-nav"><li><a href="/">Chapters</a></li></ul><a class="language-link" href="/ru/" data-keep-hash>Русский</a></header><main id="main">${main}</main></body></html>`;
const input = (main = '<p class="as-of">Current to <time datetime="2026-04-14">14 April 2026</time></p>'): SingleFile => ({
  pages: [{ path: 'index.html', section: 'contents', html: html(main) }],
  links: { base: '/', origin: 'https://example.org' },
  css: 'p{margin:0}',
  script: 'console.log(1)',
  colophon: {
    words,
    address: 'https://example.org/',
    file: 'digital-sovereignty-explainer-en.html',
    sums: 'https://example.org/SHA256SUMS',
    about: 'https://example.org/about/#copy',
    data: [{ name: 'a.csv', href: 'data:text/csv;charset=utf-8;base64,YQ==' }],
  },
});

describe('singleFileHtml', () => {
  it('ends the file with a colophon the navigation leads to: the edition, its date, its address, how to check it and its data', () => {
    const out = singleFileHtml(input());
    expect(out).toContain('<li><a href="#colophon">About this file</a></li></ul>');
    const colophon = out.slice(out.indexOf('<section id="colophon"'));
    expect(colophon).toContain('<h2>About this file</h2><p>This is the explainer in one file, in English');
    expect(colophon).toContain('<p class="as-of">Current to <time datetime="2026-04-14">14 April 2026</time></p>');
    expect(colophon).toContain('<a href="https://example.org/">https://example.org/</a>');
    expect(colophon).toContain(
      '<code>digital-sovereignty-explainer-en.html</code> in <a href="https://example.org/SHA256SUMS"><code>SHA256SUMS</code></a>',
    );
    expect(colophon).toContain('<a href="https://example.org/about/#copy">About page</a>');
    expect(colophon).toContain('<a href="data:text/csv;charset=utf-8;base64,YQ==" download="a.csv"><code>a.csv</code></a>');
  });

  it('carries one inline style and one inline module, under a policy that allows no request, and keeps no link’s hash for the other edition', () => {
    const out = singleFileHtml(input());
    expect(out).toContain(`<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy}">`);
    expect(singleFilePolicy).toContain("connect-src 'none'");
    expect(out).toContain('<style>p{margin:0}</style></head>');
    expect(out).toContain('<script type="module">console.log(1)</script></body>');
    expect(out).not.toContain('data-keep-hash');
  });

  it('refuses an id used twice, a page without a date, and a script that would end its own element', () => {
    expect(() => singleFileHtml(input('<p class="as-of" id="colophon">x</p>'))).toThrow('two elements have the id "colophon"');
    expect(() => singleFileHtml(input('<p>x</p>'))).toThrow('the home page has no date it is current to');
    expect(() => singleFileHtml({ ...input(), script: 'a="</script>"' })).toThrow('would end its own element');
  });
});

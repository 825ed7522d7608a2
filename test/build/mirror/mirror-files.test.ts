import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mirrorFiles, mirrorName, mirrorZip, mirrorZipPath } from '../../../src/build/mirror/mirror-files.ts';
import { inlineHashes } from '../../../src/build/postbuild/csp-hashes.ts';

const loader = '<script type="module">import("/explainer/_astro/a.js")</script>';
const page = (policy: string) =>
  `<html><head><meta http-equiv="Content-Security-Policy" content="${policy}"></head><body><a href="/explainer/about/">About</a><a href="/explainer/${mirrorZipPath}">zip</a>${loader}</body></html>`;
const site = new Map<string, Uint8Array>([
  ['index.html', strToU8(page(`script-src 'self' ${inlineHashes(loader).scripts[0]}; style-src 'self'`))],
  ['_astro/a.js', strToU8('export {}')],
  ['downloads/a.png', new Uint8Array([137, 80, 78, 71])],
  ['SHA256SUMS', strToU8('…')],
  ['SHA256SUMS.minisig', strToU8('…')],
  ['_headers', strToU8('/*\n  Content-Security-Policy: …')],
  [mirrorZipPath, new Uint8Array([80, 75])],
]);

describe('mirrorFiles', () => {
  const mirror = mirrorFiles(site, '/explainer/', 'https://example.org');

  it("holds the site's files but its manifest, signature and headers and the mirror's own zip", () => {
    expect([...mirror.keys()].sort()).toEqual(['_astro/a.js', 'downloads/a.png', 'index.html']);
    expect(mirror.get('downloads/a.png')).toBe(site.get('downloads/a.png'));
  });

  it("makes a page's links relative and lets its policy allow its loader as it now reads, and no longer as it read", () => {
    const html = strFromU8(mirror.get('index.html')!);
    expect(html).toContain('<a href="about/index.html">About</a>');
    expect(html).toContain('import("./_astro/a.js")');
    // The zip is not in the mirror: the link names it on the published site.
    expect(html).toContain(`<a href="https://example.org/explainer/${mirrorZipPath}">zip</a>`);
    const hash = inlineHashes(html).scripts[0]!;
    expect(html).toContain(`script-src 'self' ${hash}; style-src 'self'`);
    expect(html).not.toContain(inlineHashes(loader).scripts[0]!);
  });
});

describe('mirrorZip', () => {
  const files = mirrorFiles(site, '/explainer/', 'https://example.org');

  it('holds every file in one folder, dated 1 January 1980, and is the same bytes every time', () => {
    const zip = mirrorZip(files);
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual(['_astro/a.js', 'downloads/a.png', 'index.html'].map((path) => `${mirrorName}/${path}`));
    expect(entries[`${mirrorName}/index.html`]).toEqual(files.get('index.html'));
    expect(mirrorZip(new Map([...files].reverse()))).toEqual(zip);
    // The first entry's local header: its DOS date, 1980-01-01 (0x0021), at bytes 12–13.
    expect(zip[12]! | (zip[13]! << 8)).toBe(0x0021);
  });
});

import { unzipSync } from 'fflate';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mirrorName, mirrorZipPath } from '../../src/build/mirror/mirror-files.ts';
import { inlineHashes } from '../../src/build/postbuild/csp-hashes.ts';
import { mirrorFolder } from '../../src/build/postbuild/portable-mirror.ts';
import { checkSums, sumsFile } from '../../src/build/verify/sha256-sums.ts';
import { builtSites } from '../helpers/built-sites.ts';
import { builtPages, distFiles, noscriptOf, type BuiltPage } from '../helpers/dist.ts';

/** The URLs a mirror's page asks for or leads to, as written: in its tags, its loader's imports and its CSS. */
function references($: BuiltPage['$']): string[] {
  const inTags = $('[href], [src], [srcset], meta[http-equiv="refresh"]')
    .toArray()
    .flatMap((el) => {
      const $el = $(el);
      const srcset = ($el.attr('srcset') ?? '')
        .split(',')
        .map((candidate) => candidate.trim().split(/\s+/)[0]!)
        .filter(Boolean);
      const refresh = /url=(.*)$/.exec($el.attr('content') ?? '')?.[1];
      return [$el.attr('href'), $el.attr('src'), refresh, ...srcset].filter((ref): ref is string => Boolean(ref));
    });
  const imports = [
    ...$('script[type="module"]:not([src])')
      .text()
      .matchAll(/import\("([^"]+)"\)/g),
  ].map(([, ref]) => ref!);
  const css = [
    ...$('style')
      .text()
      .matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/g),
  ]
    .map(([, , ref]) => ref!)
    .filter((ref) => !ref.startsWith('data:'));
  // The print stylesheet's link, which waits in a <noscript> on a page with scripts.
  const noscript = $('noscript').length > 0 ? references(noscriptOf($)) : [];
  return [...inTags, ...imports, ...css, ...noscript];
}

describe.each(builtSites())('$name: its portable mirror', ({ root, dist, href, address }) => {
  const mirror = join(root, mirrorFolder);
  const files = distFiles(mirror);
  const pages = builtPages(mirror);

  it('is a zip in the site of exactly the mirror folder, in one folder, and holds every file of the site but its manifest and headers', () => {
    const zipped = unzipSync(readFileSync(join(dist, mirrorZipPath)));
    expect(Object.keys(zipped).sort()).toEqual(files.map((file) => `${mirrorName}/${file}`).sort());
    for (const file of files)
      expect(Buffer.from(zipped[`${mirrorName}/${file}`]!).equals(readFileSync(join(mirror, file))), file).toBe(true);
    const site = distFiles(dist).filter((file) => ![sumsFile, '_headers', mirrorZipPath].includes(file));
    expect(files.filter((file) => file !== sumsFile)).toEqual(site);
  });

  it('carries its own SHA256SUMS, which every file bears out', async () => {
    expect(await checkSums(mirror, readFileSync(join(mirror, sumsFile), 'utf8'))).toEqual([]);
  });

  it('leads from every page only to files it holds, by relative links that name a page’s index.html, to fragments that exist', () => {
    const ids = new Map(
      pages.map((page) => [
        page.path,
        new Set(
          page
            .$('[id]')
            .map((_, el) => page.$(el).attr('id'))
            .get(),
        ),
      ]),
    );
    const wrong: string[] = [];
    for (const page of pages) {
      const file = page.path.endsWith('/') ? `${page.path.slice(1)}index.html` : page.path.slice(1);
      for (const ref of references(page.$)) {
        if (/^(?:[a-z]+:|#)/.test(ref)) continue;
        if (ref.startsWith('/')) {
          wrong.push(`${file}: ${ref} is root-relative`);
          continue;
        }
        const [path = '', hash] = ref.split('#');
        const target = posix.normalize(posix.join(posix.dirname(file), path.split('?')[0]!));
        if (target.startsWith('../') || !existsSync(join(mirror, target)) || statSync(join(mirror, target)).isDirectory())
          wrong.push(`${file}: ${ref} names no file of the mirror`);
        else if (hash && target.endsWith('.html') && !ids.get(`/${target.replace(/index\.html$/, '')}`)?.has(decodeURIComponent(hash)))
          wrong.push(`${file}: ${ref} leads to no element of that page`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the absolute addresses of the published site: canonical, alternates, og: and the sitemap, and names its own zip and the site’s checksums there', () => {
    // The files a mirror leaves out, which its pages name on the published site.
    const [zip, sums] = [mirrorZipPath, sumsFile].map((path) => new URL(href(`/${path}`), address).href);
    const absolute = (page: BuiltPage) =>
      page
        .$('link[rel="canonical"], link[rel="alternate"], meta[property^="og:"], a[href^="http"]')
        .map((_, el) => page.$(el).attr('href') ?? page.$(el).attr('content'))
        .get()
        .filter((url) => url !== zip && url !== sums)
        .join('\n');
    const published = new Map(builtPages(dist).map((page) => [page.path, absolute(page)]));
    for (const page of pages) expect(absolute(page), page.path).toBe(published.get(page.path));
    for (const file of files.filter((file) => !file.endsWith('.html') && file !== sumsFile))
      expect(readFileSync(join(mirror, file)).equals(readFileSync(join(dist, file))), file).toBe(true);
    // Neither the zip nor the site's list of checksums is in the mirror: the About pages' links to them lead to the
    // published site.
    for (const path of ['/about/', '/ru/about/'])
      for (const url of [zip, sums])
        expect(pages.find((page) => page.path === path)!.$(`a[href="${url}"]`).length, `${path} → ${url}`).toBe(1);
  });

  it('lets each page’s Content-Security-Policy allow exactly its inline scripts and styles as they now read', () => {
    for (const page of pages) {
      const policy = page.$('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? '';
      const { scripts, styles } = inlineHashes(page.html);
      const allowed = (directive: string) => (new RegExp(`${directive} ([^;]*)`).exec(policy)?.[1] ?? '').match(/'sha256-[^']+'/g) ?? [];
      expect({ scripts: allowed('script-src'), styles: allowed('style-src') }, page.path).toEqual({ scripts, styles });
    }
  });
});

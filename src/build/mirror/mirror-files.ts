import { strToU8, strFromU8, zipSync, type Zippable } from 'fflate';
import { withPagePolicy } from '../postbuild/csp-hashes.ts';
import { byBytes, signatureFile, sumsFile } from '../verify/sha256-sums.ts';
import { relativeLinks } from './relative-links.ts';

/** The portable mirror's name: the folder inside its zip, and the zip's name. */
export const mirrorName = 'digital-sovereignty-explainer';
/** Where the built site offers the mirror's zip. */
export const mirrorZipPath = `downloads/${mirrorName}.zip`;

/**
 * The built site's files that a mirror leaves out: its manifest and signature (the mirror has its own manifest), the
 * zip of the mirror itself, and `_headers`, whose rules name root paths, which a host would apply to the wrong files; a
 * mirror's pages carry their policy in their `<meta>`.
 */
const leftOut = new Set([sumsFile, signatureFile, mirrorZipPath, '_headers']);

/**
 * The portable mirror of a built site (issue 26): the same files, with every page's root-relative URLs made relative
 * (relativeLinks) and its Content-Security-Policy allowing its inline scripts as they now read, so that the copy works
 * from any origin, under any path and opened from disk. A link to a file it leaves out (the zip of the mirror itself)
 * names it on the published site. `site` maps each file's path inside the site ("chapters/x/index.html") to its
 * bytes; `base` is the base the site was built for ("/" or "/explainer/"), `origin` the origin it is published at. Pure.
 */
export function mirrorFiles(site: ReadonlyMap<string, Uint8Array>, base: string, origin: string): Map<string, Uint8Array> {
  const mirror = new Map<string, Uint8Array>();
  const elsewhere = { paths: leftOut, origin };
  for (const [path, bytes] of site) {
    if (leftOut.has(path)) continue;
    const page = () => withPagePolicy(relativeLinks(strFromU8(bytes), path, base, elsewhere), path);
    mirror.set(path, path.endsWith('.html') ? strToU8(page()) : bytes);
  }
  return mirror;
}

/** Files already compressed, which a zip stores as they are. */
const stored = /\.(?:png|zip|gz|br|epub|pdf)$/;

/**
 * A zip of `files` in the order given, each at its compression level (0 stores it), every entry dated 1 January 1980
 * (the first date a zip can hold) rather than at build time: the same files always give the same bytes. Pure.
 */
export function datedZip(files: readonly (readonly [path: string, bytes: Uint8Array, level: 0 | 9])[]): Uint8Array<ArrayBuffer> {
  const mtime = new Date(1980, 0, 1, 12);
  const entries: Zippable = {};
  for (const [path, bytes, level] of files) entries[path] = [bytes, { mtime, level }];
  return new Uint8Array(zipSync(entries, { mtime }));
}

/** The mirror's files as a zip, in one folder named `mirrorName`, in path order (`datedZip`). Pure. */
export function mirrorZip(files: ReadonlyMap<string, Uint8Array>): Uint8Array<ArrayBuffer> {
  return datedZip(
    [...files.keys()].sort(byBytes).map((path) => [`${mirrorName}/${path}`, files.get(path)!, stored.test(path) ? 0 : 9] as const),
  );
}

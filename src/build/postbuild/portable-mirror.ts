import type { AstroIntegration } from 'astro';
import { strToU8 } from 'fflate';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mirrorFiles, mirrorZip, mirrorZipPath } from '../mirror/mirror-files.ts';
import { sha256SumsOf, sumsFile } from '../verify/sha256-sums.ts';
import { baseOf, readSite } from './read-site.ts';

/** The folder, beside dist/, that holds the portable mirror unzipped. */
export const mirrorFolder = 'mirror';

/**
 * Makes the portable mirror of the built site (issue 26; src/build/mirror/mirror-files.ts): writes it unzipped to
 * mirror/ beside dist/, with its own SHA256SUMS, and as a zip into the site at `mirrorZipPath`, for anyone to download,
 * serve from any host and path, or open from disk. Runs after every step that changes a page, before the site's own
 * SHA256SUMS, which then lists the zip.
 */
export function portableMirror(): AstroIntegration {
  let root: URL;
  let base: string;
  let origin: string;
  return {
    name: 'portable-mirror',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        base = baseOf(config);
        if (!config.site) throw new Error('portable-mirror: Astro has no `site`, which links to what the mirror leaves out need');
        origin = new URL(config.site).origin;
      },
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        const files = mirrorFiles(await readSite(dir), base, origin);
        files.set(sumsFile, strToU8(sha256SumsOf(files)));
        const folder = fileURLToPath(new URL(`${mirrorFolder}/`, root));
        await rm(folder, { recursive: true, force: true });
        for (const [path, bytes] of files) {
          await mkdir(dirname(join(folder, path)), { recursive: true });
          await writeFile(join(folder, path), bytes);
        }
        await writeFile(join(site, mirrorZipPath), mirrorZip(files));
      },
    },
  };
}

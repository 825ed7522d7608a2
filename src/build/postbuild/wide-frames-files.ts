import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseOf } from './read-site.ts';
import { splitWideFrames } from './split-wide-frames.ts';

/**
 * The file, beside a page with stories, that holds their wide frames, named by its content: a new build's frames never
 * pass for an older build's in a cache (a browser's, or the offline worker's, which keeps a page's files).
 */
export const wideFramesFile = (frames: string): string =>
  `wide-frames.${createHash('sha256').update(frames).digest('hex').slice(0, 10)}.svg`;

/**
 * Takes the wide frames out of every page with stories into a file beside it (splitWideFrames): a chapter's page then
 * carries its text and each step's narrow snapshot, which phones show, and a wider screen's story fetches the rest.
 * Runs after inline-assets, whose pruning of each page's CSS still saw the wide frames' classes, and before the offline
 * workers, the mirror and SHA256SUMS, which then hold the files.
 */
export function wideFramesFiles(): AstroIntegration {
  let base: string;
  return {
    name: 'wide-frames-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseOf(config);
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('index.html'));
        for (const page of pages) {
          const folder = posix.dirname(page.split('\\').join('/'));
          const fileOf = (frames: string) => (folder === '.' ? wideFramesFile(frames) : `${folder}/${wideFramesFile(frames)}`);
          const split = splitWideFrames(await readFile(join(root, page), 'utf8'), (frames) => `${base}${fileOf(frames)}`);
          if (!split) continue;
          await writeFile(join(root, page), split.html);
          await writeFile(join(root, fileOf(split.frames)), split.frames);
        }
      },
    },
  };
}

import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentName } from './content-name.ts';
import { baseOf } from './read-site.ts';
import { splitWideFrames } from './split-wide-frames.ts';

/** The file, beside a page with stories, that holds their wide frames, named by its content (contentName). */
export const wideFramesFile = (frames: string): string => contentName('wide-frames', frames, 'svg');

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
          // The file is named once, when the page is given its address.
          let file = '';
          const hrefOf = (frames: string) => {
            file = posix.join(folder, wideFramesFile(frames));
            return `${base}${file}`;
          };
          const split = splitWideFrames(await readFile(join(root, page), 'utf8'), hrefOf);
          if (!split) continue;
          await writeFile(join(root, page), split.html);
          await writeFile(join(root, file), split.frames);
        }
      },
    },
  };
}

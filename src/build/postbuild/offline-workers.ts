import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '../../core/locale.ts';
import { offlinePlan, workerPath, workerSource } from '../offline/offline-plan.ts';

/**
 * Writes each edition's service worker (issue 26; src/offline/offline-worker.ts) at the top of its folder: `sw.js`,
 * `ru/sw.js`. Runs after every step that changes a page, since a worker's plan holds its pages' versions, and before
 * the mirror and SHA256SUMS, which then carry the workers. With SITE_OFFLINE=off the build writes the kill switch
 * instead, which deletes the edition's caches and unregisters itself in every reader's browser that had it
 * (docs/deploying.md).
 */
export function offlineWorkers(): AstroIntegration {
  let base: string;
  return {
    name: 'offline-workers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        const paths = (await readdir(site, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/'));
        const files = new Map(await Promise.all(paths.map(async (path) => [path, await readFile(join(site, path))] as const)));
        const off = process.env.SITE_OFFLINE === 'off';
        for (const locale of locales) await writeFile(join(site, workerPath(locale)), workerSource(offlinePlan(files, base, locale, off)));
      },
    },
  };
}

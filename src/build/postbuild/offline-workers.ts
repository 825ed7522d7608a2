import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales } from '../../core/locale.ts';
import { workerPath } from '../../offline/register-offline.ts';
import { offlineOff, offlinePlan, workerSource } from '../offline/offline-plan.ts';
import { baseOf, readSite } from './read-site.ts';
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
        base = baseOf(config);
      },
      'astro:build:done': async ({ dir }) => {
        const files = await readSite(dir);
        for (const locale of locales)
          await writeFile(join(fileURLToPath(dir), workerPath(locale)), workerSource(offlinePlan(files, base, locale, offlineOff())));
      },
    },
  };
}

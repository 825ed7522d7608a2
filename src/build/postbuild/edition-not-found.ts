import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { rename, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, locales } from '../../core/locale.ts';

/**
 * Puts each translated edition's 404 page where hosts look for one: Astro writes src/pages/ru/404.astro to
 * ru/404/index.html, and a host that serves the nearest 404.html up the tree (Cloudflare Pages,
 * scripts/serve-dist.mjs) looks for ru/404.html.
 */
export function editionNotFound(): AstroIntegration {
  return {
    name: 'edition-not-found',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const locale of locales.filter((l) => l !== defaultLocale)) {
          const folder = join(fileURLToPath(dir), locale, '404');
          // An edition without a 404 page, or one Astro already wrote where hosts look, is left as it is.
          if (!existsSync(join(folder, 'index.html')) || existsSync(join(folder, '..', '404.html'))) continue;
          await rename(join(folder, 'index.html'), join(folder, '..', '404.html'));
          await rmdir(folder);
        }
      },
    },
  };
}

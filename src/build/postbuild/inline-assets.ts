import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { policyWithHashes, withPagePolicy, type InlineHashes } from './csp-hashes.ts';
import { deferScripts } from './defer-scripts.ts';
import { pruneStyles } from './prune-styles.ts';

const headerPolicy = /^(\s+Content-Security-Policy:\s*)(.+)$/gm;

/**
 * Makes the first paint of every page depend on its HTML alone. Astro inlines each page's CSS (`inlineStylesheets:
 * 'always'`); after the build this rewrites every page so that its scripts load once it has painted (deferScripts)
 * and its CSS keeps only the rules that can match something on it (pruneStyles). Then it lets the
 * Content-Security-Policy allow exactly the inline styles and scripts the pages carry, by hash: each page's `<meta>`
 * lists its own, and `_headers` lists all of them (a host sends one policy for many pages).
 */
export function inlineAssets(): AstroIntegration {
  return {
    name: 'inline-assets',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = await readdir(root, { recursive: true });
        const pages = files.filter((file) => file.endsWith('.html'));
        const scripts = await Promise.all(files.filter((file) => file.endsWith('.js')).map((file) => readFile(join(root, file), 'utf8')));
        const all = { scripts: new Set<string>(), styles: new Set<string>() };
        for (const page of pages) {
          const file = join(root, page);
          const { html, hashes } = withPagePolicy(await pruneStyles(deferScripts(await readFile(file, 'utf8')), scripts), page);
          hashes.scripts.forEach((hash) => all.scripts.add(hash));
          hashes.styles.forEach((hash) => all.styles.add(hash));
          await writeFile(file, html);
        }
        const union: InlineHashes = { scripts: [...all.scripts].sort(), styles: [...all.styles].sort() };
        const headers = join(root, '_headers');
        const rules = await readFile(headers, 'utf8');
        await writeFile(
          headers,
          rules.replace(headerPolicy, (_line, name: string, policy: string) => `${name}${policyWithHashes(policy, union)}`),
        );
      },
    },
  };
}

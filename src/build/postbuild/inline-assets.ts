import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { policyWithHashes, withPagePolicy, type InlineHashes } from './csp-hashes.ts';
import { deferScripts } from './defer-scripts.ts';
import { splitPrintStyles } from './print-styles.ts';
import { inlineStyle, pruneStyles } from './prune-styles.ts';
import { baseOf } from './read-site.ts';

const headerPolicy = /^(\s+Content-Security-Policy:\s*)(.+)$/gm;

/** The cascade's order, which every stylesheet of the site states first. */
const layerOrder = /@layer [\w\s,-]+;/;

/**
 * Makes the first paint of every page depend on its HTML alone. Astro inlines each page's CSS (`inlineStylesheets:
 * 'always'`); after the build this rewrites every page so that its scripts load once it has painted (deferScripts),
 * its rules for paper move to a stylesheet of their own, which a browser fetches without holding the page for it
 * (`<link rel="stylesheet" media="print">`, `_astro/print.<hash>.css`, one per distinct set of rules: each page keeps
 * its own `@page` and order; splitPrintStyles), and its CSS keeps only the
 * rules that can match something on it (pruneStyles). Then it lets the Content-Security-Policy allow exactly the
 * inline styles and scripts the pages carry, by hash: each page's `<meta>` lists its own, and `_headers` lists all of
 * them (a host sends one policy for many pages).
 */
export function inlineAssets(): AstroIntegration {
  let base: string;
  return {
    name: 'inline-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseOf(config);
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).sort();
        const pages = files.filter((file) => file.endsWith('.html'));
        const scripts = await Promise.all(files.filter((file) => file.endsWith('.js')).map((file) => readFile(join(root, file), 'utf8')));
        // Each page's rules for paper, in its own order, as a stylesheet of their own: pages of a kind share one.
        let order = '';
        const screen = new Map<string, { html: string; print: readonly string[] }>();
        for (const page of pages) {
          const own: string[] = [];
          // A download (the single-file edition) is read on its own: it keeps its rules for paper.
          const download = /(^|\/)downloads\//.test(page);
          const html = (await readFile(join(root, page), 'utf8')).replace(inlineStyle, (style, css: string) => {
            if (download) return style;
            order ||= layerOrder.exec(css)?.[0] ?? '';
            const split = splitPrintStyles(css);
            own.push(...split.print);
            return `<style>${split.screen}</style>`;
          });
          screen.set(page, { html, print: own });
        }
        /** The link to a page's print stylesheet, written once per distinct sheet, named by its content. */
        const sheets = new Map<string, string>();
        const printLink = async (own: readonly string[]) => {
          const sheet = `${order}\n${own.join('\n')}\n`;
          let file = sheets.get(sheet);
          if (!file) {
            file = `_astro/print.${createHash('sha256').update(sheet).digest('hex').slice(0, 10)}.css`;
            sheets.set(sheet, file);
            await writeFile(join(root, file), sheet);
          }
          return `<link rel="stylesheet" href="${base}${file}" media="print">`;
        };

        const all = { scripts: new Set<string>(), styles: new Set<string>() };
        for (const [page, { html: raw, print: own }] of screen) {
          const pruned = await pruneStyles(deferScripts(raw), scripts, own);
          const linked = own.length > 0 ? pruned.replace('</style>', `</style>${await printLink(own)}`) : pruned;
          const { html, hashes } = withPagePolicy(linked, page);
          hashes.scripts.forEach((hash) => all.scripts.add(hash));
          hashes.styles.forEach((hash) => all.styles.add(hash));
          await writeFile(join(root, page), html);
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

import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentName } from './content-name.ts';
import { withPagePolicy } from './csp-hashes.ts';
import { deferScripts } from './defer-scripts.ts';
import { pageScripts } from './page-scripts.ts';
import { splitPrintStyles } from './print-styles.ts';
import { inlineStyle, pruneStyles } from './prune-styles.ts';
import { baseOf } from './read-site.ts';

/** The cascade's order, which every stylesheet of the site states first. */
const layerOrder = /@layer [\w\s,-]+;/;

/**
 * Makes the first paint of every page depend on its HTML alone. Astro inlines each page's CSS (`inlineStylesheets:
 * 'always'`); after the build this rewrites every page so that its rules for paper move to a stylesheet of their own,
 * which no screen waits for (`<link rel="stylesheet" media="print">`, `_astro/print.<hash>.css`, one per distinct set
 * of rules: each page keeps its own `@page` and order; splitPrintStyles), its scripts, and on a page with scripts that
 * stylesheet too, load once it has painted (deferScripts), and its CSS keeps only the rules that can match something
 * on it (pruneStyles). Then each page's Content-Security-Policy `<meta>` allows exactly
 * the inline styles and scripts it carries, by hash (the header policy of `_headers` lists none: content-security-policy.ts).
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
        const scripts = new Map(
          await Promise.all(
            files
              .filter((file) => file.endsWith('.js'))
              .map(async (file) => [file.split(sep).join('/'), await readFile(join(root, file), 'utf8')] as const),
          ),
        );
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
            file = `_astro/${contentName('print', sheet, 'css')}`;
            sheets.set(sheet, file);
            await writeFile(join(root, file), sheet);
          }
          return `<link rel="stylesheet" href="${base}${file}" media="print">`;
        };

        for (const [page, { html: raw, print: own }] of screen) {
          const linked = own.length > 0 ? raw.replace('</style>', `</style>${await printLink(own)}`) : raw;
          await writeFile(
            join(root, page),
            withPagePolicy(await pruneStyles(deferScripts(linked), pageScripts(raw, base, scripts), own), page),
          );
        }
      },
    },
  };
}

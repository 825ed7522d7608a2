import { load, type CheerioAPI } from 'cheerio';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { distDir } from './paths.ts';

/** A built HTML page: its URL path and its parsed document. */
export interface BuiltPage {
  readonly path: string;
  readonly $: CheerioAPI;
  readonly html: string;
}

/** Every file under dist/, as paths relative to it. */
export function distFiles(): string[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Every built HTML page, with its URL path ("/chapters/x/" for chapters/x/index.html). */
export function builtPages(): BuiltPage[] {
  return distFiles()
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(distDir, file), 'utf8');
      const path = `/${file.replace(/index\.html$/, '')}`;
      return { path, html, $: load(html) };
    });
}

/** The pages that carry a scrolly graphic. */
export function chapterPages(): BuiltPage[] {
  return builtPages().filter((page) => page.$('[data-step]').length > 0);
}

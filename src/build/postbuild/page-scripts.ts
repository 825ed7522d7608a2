import { posix } from 'node:path';
import { moduleScript } from './defer-scripts.ts';

/** A static or dynamic import of a sibling chunk, as Vite and terser write it: `from"./x.js"`, `import"./x.js"`, `import("./x.js")`. */
const chunkImport = /(?:\bfrom|\bimport)\s*\(?\s*["']\.\/([^"']+\.js)["']/g;

/**
 * The source of every script a built page runs: the module scripts it names (`<script type="module" src>`, as Astro
 * writes them, under `base`) and every chunk they import, however deep. `scripts` maps each script's path inside the
 * site ("_astro/x.js") to its source. A page's CSS is pruned against these (prune-styles.ts), not against every script
 * of the site: a chapter then drops the rules for the educators' copy buttons, which only the kit's script makes.
 * Throws for a script the page names that the build did not write. Pure.
 */
export function pageScripts(html: string, base: string, scripts: ReadonlyMap<string, string>): string[] {
  const found = new Set<string>();
  const visit = (path: string, from: string) => {
    if (found.has(path)) return;
    const source = scripts.get(path);
    if (source === undefined) throw new Error(`${from} loads ${path}, which the build did not write`);
    found.add(path);
    for (const [, name] of source.matchAll(chunkImport)) visit(posix.join(posix.dirname(path), name!), path);
  };
  for (const [, src] of html.matchAll(moduleScript)) {
    if (!src!.startsWith(base)) throw new Error(`a page loads ${src}, outside the site's base ${base}`);
    visit(src!.slice(base.length), 'a page');
  }
  return [...found].map((path) => scripts.get(path)!);
}

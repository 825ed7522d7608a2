import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, chapterPages } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';

/** The most JavaScript a chapter page may load, gzipped, in bytes (35 KB). */
const CHAPTER_JS_BUDGET = 35_000;

/** Every script file a page loads: its module scripts and, recursively, the chunks they import. */
function scriptsOf(page: ReturnType<typeof builtPages>[number]): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(join(distDir, url), 'utf8');
    for (const [, spec] of code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
      visit(new URL(spec!, `http://x${url}`).pathname);
    }
  };
  page.$('script[src]').each((_, el) => visit(page.$(el).attr('src')!));
  return [...seen];
}

const gzipped = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(distDir, f))).length, 0);

describe('JavaScript budget', () => {
  it.each(chapterPages())('$path loads at most 35 KB of gzipped JavaScript', (page) => {
    const scripts = scriptsOf(page);
    expect(scripts.length).toBeGreaterThan(0);
    expect(gzipped(scripts)).toBeLessThanOrEqual(CHAPTER_JS_BUDGET);
  });

  it.each(builtPages().filter((p) => p.$('[data-step]').length === 0))('$path, which has no graphic, loads no JavaScript', (page) => {
    expect(page.$('script').not('[type="application/json"], [type="application/ld+json"]').length).toBe(0);
  });
});

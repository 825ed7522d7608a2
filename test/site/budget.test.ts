import { pathLocale } from '../../src/core/locale.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { wideFramesFile } from '../../src/build/postbuild/wide-frames-files.ts';
import { builtPages, chapterPages, isEmbedPage, russianChapterPages, wideFramesOf } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';

/** The most JavaScript a chapter page may load, gzipped, in bytes (20 KB). */
const CHAPTER_JS_BUDGET = 20_000;
/**
 * The most a chapter page's whole HTML may weigh, gzipped at gzip's best (`gzip -9`, as a host precompresses), in either
 * edition: 14 KB, so that its text and every step's snapshot come in the first round trip (one TCP initial window of
 * ten segments, 14,600 bytes) and under the 16 KB after which some networks freeze a connection (issue 26). What keeps
 * it there: each step ships its narrow snapshot only, the wide frames come in a file of their own
 * (src/build/postbuild/split-wide-frames.ts); the data tables are on the chapter's data page; a step's embed code,
 * downloads and citations, and the chapter's, are in the educators' kit, which the chapter links.
 */
const CHAPTER_HTML_BUDGET = 14_000;
/** Both editions' chapter pages: every rule below but the HTML budget is the same for each. */
const editionChapters = [...chapterPages(), ...russianChapterPages()];
/**
 * The most elements a chapter page may hold, as issue 10 asks (Lighthouse counts these as DOM nodes). A story's
 * furniture is printed once rather than in every snapshot, and the copy buttons' status messages are made only when
 * used, so the page's script adds little to what is built.
 */
const CHAPTER_DOM_BUDGET = 1_500;

/** Every script file a page loads: its module scripts (or those its loader imports) and, recursively, their chunks. */
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
  // The inline loader (src/build/postbuild/defer-scripts.ts) imports the page's scripts once it has painted.
  page.$('script[type="module"]:not([src])').each((_, el) => {
    for (const [, spec] of page
      .$(el)
      .text()
      .matchAll(/import\("([^"]+)"\)/g))
      visit(spec!);
  });
  return [...seen];
}

const gzipped = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(distDir, f))).length, 0);

describe('JavaScript budget', () => {
  it.each(editionChapters)('$path loads at most 20 KB of gzipped JavaScript', (page) => {
    const scripts = scriptsOf(page);
    expect(scripts.length).toBeGreaterThan(0);
    expect(gzipped(scripts)).toBeLessThanOrEqual(CHAPTER_JS_BUDGET);
  });

  const presentations = builtPages().filter((p) => p.$('slide-deck').length > 0);
  it('there is a presentation per chapter of each edition', () => {
    expect(presentations.map((p) => p.path.replace('/present/', '/chapters/')).sort()).toEqual(editionChapters.map((p) => p.path).sort());
  });

  // Its copy buttons, with their words in both languages (`virtual:copy-words`), and the few lines that unfold a step a
  // chapter links (src/components/educators/open-linked-step.ts).
  it.each(['/educators/', '/ru/educators/'])(
    '%s loads only its copy buttons and its unfolding: at most 1.6 KB of gzipped JavaScript',
    (path) => {
      const scripts = scriptsOf(builtPages().find((p) => p.path === path)!);
      expect(scripts.length).toBeGreaterThan(0);
      expect(gzipped(scripts)).toBeLessThanOrEqual(1_600);
    },
  );

  it.each(presentations)('$path, a presentation, carries only its keys: at most 1 KB of gzipped JavaScript', (page) => {
    const inline = page.$('script[type="module"]:not([src])').text();
    const scripts = scriptsOf(page);
    expect(scripts.map((f) => readFileSync(join(distDir, f), 'utf8')).join('')).toContain('slide-deck');
    expect(gzipped(scripts) + gzipSync(inline).length).toBeLessThanOrEqual(1_000);
  });

  const stepless = builtPages().filter((p) => p.$('[data-step], slide-deck').length === 0);
  it.each(stepless.filter((p) => !isEmbedPage(p.path) && pathLocale(p.path).path !== '/educators/'))(
    '$path, which has no graphic, loads no JavaScript',
    (page) => {
      expect(page.$('script').not('[type="application/json"], [type="application/ld+json"]').length).toBe(0);
    },
  );

  // An embed's one script, inline, applies ?theme= and tells a framing page its height (src/build/kit/embed-frame-script.ts).
  it.each(stepless.filter((p) => isEmbedPage(p.path)))('$path runs only its inline script of under 500 bytes', (page) => {
    const scripts = page.$('script').not('[type="application/json"], [type="application/ld+json"]');
    expect(scripts.length).toBe(1);
    expect(scripts.attr('src')).toBeUndefined();
    expect(Buffer.byteLength(scripts.text())).toBeLessThan(500);
  });
});

describe('first paint', () => {
  it.each(builtPages())('$path paints from its HTML alone: its CSS is inline, and no script file is fetched before it', (page) => {
    // Only the rules for paper come from a file, which no browser waits for to paint a screen; a page with scripts
    // asks for it with them, after the paint (its link waits in a <noscript> for the loader; deferScripts).
    const scripted = page.$('script[type="module"]').length > 0;
    expect(page.$('link[rel="stylesheet"]').length).toBe(scripted ? 0 : page.$('link[rel="stylesheet"][media="print"]').length);
    expect(page.$('script[src]').length).toBe(0);
    expect(page.$('head style').length).toBeGreaterThan(0);
  });
});

describe('page weight', () => {
  it.each(editionChapters)('$path is at most 14 KB of gzipped HTML: the whole chapter in its first round trip', (page) => {
    expect(gzipSync(page.html, { level: 9 }).length).toBeLessThanOrEqual(CHAPTER_HTML_BUDGET);
  });

  it.each(editionChapters)('$path holds at most 1,500 elements', (page) => {
    expect(page.$('*').length).toBeLessThanOrEqual(CHAPTER_DOM_BUDGET);
  });

  it.each(editionChapters)(
    "$path ships each frame once: each step's narrow snapshot in the page, its wide one in the file the story names, no frames JSON and an empty live graphic",
    (page) => {
      expect(page.$('script[type="application/json"]').length).toBe(0);
      expect(page.$('figure[data-chart] [data-marks] > *').length).toBe(0);
      expect(page.$('svg.frame--wide').length).toBe(0);
      const ids = page
        .$('[data-step]')
        .toArray()
        .map((step) => {
          expect(
            page
              .$(step)
              .find('figure[data-snapshot] svg[data-size]')
              .toArray()
              .map((svg) => page.$(svg).attr('data-size')),
          ).toEqual(['narrow']);
          return page.$(step).attr('id');
        });
      const wide = wideFramesOf(page);
      // The file beside the page, named by its content.
      const href = page.$('scrolly-story').attr('data-frames')!;
      const name = href.slice(page.path.length);
      expect(name).toBe(wideFramesFile(readFileSync(join(distDir, page.path, name), 'utf8')));
      page.$('scrolly-story').each((_, story) => expect(page.$(story).attr('data-frames')).toBe(href));
      expect(
        wide('svg[data-step]')
          .toArray()
          .map((svg) => wide(svg).attr('data-step')),
      ).toEqual(ids);
      expect(wide('svg[data-step]:not(.frame--wide)').length).toBe(0);
    },
  );
});

describe('CSS', () => {
  const css = (page: ReturnType<typeof builtPages>[number]) => page.$('head style').text();

  it.each(builtPages())('$path keeps the keyboard focus ring', (page) => {
    expect(css(page)).toMatch(/:focus-visible\{outline:/);
  });

  it.each(builtPages().filter((p) => p.$('svg').length === 0))('$path, which draws no chart, carries no chart styles', (page) => {
    expect(css(page)).not.toMatch(/\.frame\b|--c-whatsapp/);
  });

  it.each(editionChapters)('$path keeps the story layout its script reads (--scrolly-layout)', (page) => {
    expect(css(page)).toContain('--scrolly-layout:');
  });
});

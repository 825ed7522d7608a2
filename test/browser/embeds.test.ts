import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type DistServer } from '../../scripts/serve-dist.mjs';
import { palettes } from '../../src/core/tokens.ts';
import { builtChapters } from '../helpers/chapters-in-dist.ts';
import { browserSkipReason, sharedChromium } from '../helpers/chromium.ts';
import { distDir } from '../helpers/paths.ts';

/**
 * Every step's embed code, pasted as the educators' page gives it into another site's page, at the host widths a
 * teacher's or a newsroom's page has (320 to 960 px, with the body's default margins): the credit line, with the
 * licence and the link back, must lie inside the frame's visible box, with the host script and without it (then the
 * frame keeps the height its snippet measured at build). One host page holds every embed at once; it is resized from
 * width to width without the script, then again with it.
 */
const decode = (text: string) => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
const educators = readFileSync(join(distDir, 'educators/index.html'), 'utf8');
const english = [...educators.matchAll(/data-embed-snippet>([^<]+)</g)].map((match) => decode(match[1]!));
/**
 * The Russian embeds' code, from the Russian educators' kit, which each Russian step links. Their words run wider, and
 * the tallest frames are those with the most words: those four stand for the rest (a Russian embed is its English
 * twin's page in other words).
 */
const russianCodes = [...readFileSync(join(distDir, 'ru/educators/index.html'), 'utf8').matchAll(/data-embed-snippet>([^<]+)</g)].map(
  (match) => decode(match[1]!),
);
const heightOf = (snippet: string) => Number(/height="(\d+)"/.exec(snippet)?.[1] ?? 0);
const russian = [...russianCodes].sort((a, b) => heightOf(b) - heightOf(a)).slice(0, 4);
const snippets = [...english, ...russian];
const steps = builtChapters.flatMap((chapter) => chapter.steps);
/** Where the build says the site lives (the snippets' addresses start with it): replaced by the test server's. */
const siteRoot = /src="([^"]+)embed\//.exec(snippets[0] ?? '')?.[1] ?? '';
const widths = [320, 360, 640, 960];
/**
 * A host window tall enough to show every frame at once, at its fixed height with a paragraph above it: every frame then
 * loads, lays out and reports its height without being scrolled to (Chromium neither loads a lazy frame nor lays out a
 * cross-origin one while it is out of view), so the test waits on all of them together, not one after another.
 */
const hostHeight = snippets.reduce((sum, snippet) => sum + heightOf(snippet) + 100, 0);

/** What is wrong with the embeds on the page: a credit outside its frame's visible box, or a frame outside the page. */
async function cutCredits(page: Page): Promise<string[]> {
  const outside = await page.evaluate(() =>
    [...document.querySelectorAll('iframe')]
      .filter(
        (iframe) => iframe.getBoundingClientRect().left < 0 || iframe.getBoundingClientRect().right > document.documentElement.clientWidth,
      )
      .map((iframe) => `${iframe.src}: the frame leaves the page`),
  );
  const frames = page.frames().filter((frame) => frame !== page.mainFrame());
  const cut = await Promise.all(
    frames.map((frame) =>
      frame.evaluate(() => {
        const credit = document.querySelector('.embed__credit')!.getBoundingClientRect();
        const { clientWidth, clientHeight } = document.documentElement;
        const inside = credit.top >= 0 && credit.left >= 0 && credit.bottom <= clientHeight && credit.right <= clientWidth && scrollY === 0;
        return inside ? '' : `${location.pathname}: credit ${credit.top}–${credit.bottom} px in a frame ${clientWidth}×${clientHeight}`;
      }),
    ),
  );
  expect(frames.length).toBe(snippets.length);
  return [...outside, ...cut.filter(Boolean)];
}

/** Waits until every frame's height is its content's, to the pixel (what the host script is for). */
async function expectFitted(page: Page, width: number): Promise<void> {
  const frames = page.frames().filter((frame) => frame !== page.mainFrame());
  const misfits = async () =>
    (
      await Promise.all(
        frames.map((frame) =>
          frame.evaluate(() => {
            const content = document.documentElement.getBoundingClientRect().height;
            return Math.abs(innerHeight - Math.ceil(content)) <= 1 ? '' : `${location.pathname}: ${innerHeight} px for ${content} px`;
          }),
        ),
      )
    ).filter(Boolean);
  await expect.poll(misfits, { message: `at ${width} px`, timeout: 10_000 }).toEqual([]);
}

describe.skipIf(browserSkipReason())('embed codes on another site’s page', () => {
  let browser: Browser;
  let site: DistServer;
  let host: DistServer;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    site = await serveDist(distDir);
    // Every step's code without its script line, on a page of another origin (its own server, answering this page only).
    const iframes = snippets.map(
      (snippet) => `<p>Read this:</p>${snippet.replaceAll(siteRoot, site.url).replace(/<script[^>]*><\/script>$/, '')}`,
    );
    const lesson = `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width"><title>A lesson</title><h1>Lesson</h1>${iframes.join('')}`;
    host = await serveDist(distDir, {
      intercept: (_request, response) => (response.writeHead(200, { 'content-type': 'text/html;charset=utf-8' }).end(lesson), true),
    });
    browser = await sharedChromium();
    page = await browser.newPage({ viewport: { width: widths[0]!, height: hostHeight } });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${host.origin}/lesson/`);
    // The frames load lazily, as they come near the view: all of them are in view (hostHeight).
    await Promise.all(
      (await page.locator('iframe').all()).map(async (iframe) =>
        (await (await iframe.elementHandle())!.contentFrame())!.locator('.embed__credit').waitFor(),
      ),
    );
  });

  afterAll(async () => {
    await page?.close();
    await host?.close();
    await site?.close();
  });

  it('the educators’ pages of both editions give every step’s code, each with its own embed, a fixed height and the host script', () => {
    for (const [codes, path] of [
      [english, 'embed/'],
      [russianCodes, 'ru/embed/'],
    ] as const) {
      expect(codes.map((snippet) => /\/embed\/([^/]+)\//.exec(snippet)?.[1]).sort()).toEqual([...steps].sort());
      for (const snippet of codes) {
        expect(snippet).toMatch(/^<iframe [^>]*height="\d+"[^>]*><\/iframe><script async src="[^"]+\/embed\.js"><\/script>$/);
        expect(snippet.startsWith(`<iframe src="${siteRoot}${path}`)).toBe(true);
      }
    }
  });

  it('without the host script, every credit shows in its frame at 320, 360, 640 and 960 px', async () => {
    for (const width of widths) {
      await page.setViewportSize({ width, height: hostHeight });
      expect(await cutCredits(page), `at ${width} px`).toEqual([]);
    }
  });

  it('with it, added after the frames have loaded, every frame fits its content and every credit shows, at each width', async () => {
    await page.addScriptTag({ url: `${site.url}embed.js` });
    for (const width of [...widths].reverse()) {
      await page.setViewportSize({ width, height: hostHeight });
      await expectFitted(page, width);
      expect(await cutCredits(page), `at ${width} px`).toEqual([]);
    }
  });

  it('?theme=dark gives a dark embed on a light system, and ?theme=light a light one on a dark system', async () => {
    const first = steps[0]!;
    for (const [theme, system] of [
      ['dark', 'light'],
      ['light', 'dark'],
    ] as const) {
      const embed = await browser.newPage({ colorScheme: system });
      await embed.goto(`${site.url}embed/${first}/?theme=${theme}`);
      const background = await embed.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = palettes[theme].bg.match(/[0-9a-f]{2}/g)!.map((hex) => Number.parseInt(hex, 16));
      expect(background).toBe(`rgb(${r}, ${g}, ${b})`);
      await embed.close();
    }
  });

  it('logged no error, warning or Content-Security-Policy violation', () => {
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

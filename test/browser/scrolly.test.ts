import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, launchChromium } from '../helpers/chromium.ts';
import { chapterPages } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { appliedFrames, expectShowsStep, recordFrames, scrollToStep, stepIds, textProblems } from '../helpers/story-page.ts';

const skip = browserSkipReason();
const chapters = chapterPages().map((p) => p.path);
const viewports = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1440, height: 900 },
];

describe.skipIf(skip)('scrollytelling in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(distDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh page that records console errors and warnings, page errors and frame applications. */
  async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${path}: console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${path}: ${r.status()} for ${r.url()}`);
    });
    if (options.javaScriptEnabled !== false) await recordFrames(page);
    await page.goto(server.origin + path);
    return page;
  }

  describe.each(viewports)('at $width × $height ($name)', (viewport) => {
    describe.each(chapters)('%s', (path) => {
      it('puts each step\'s frame in the sticky graphic as the reader scrolls down and back up, with legible text', async () => {
        const page = await open(path, { viewport });
        const ids = await stepIds(page);
        for (const [i, id] of [...ids, ...ids.slice(0, -1).reverse()].entries()) {
          await scrollToStep(page, id);
          await expectShowsStep(page, id);
          if (i < ids.length) expect(await textProblems(page, id), `step ${id}`).toEqual([]);
          expect(await page.$eval(`#${id}`, (el) => el.getAttribute('aria-current'))).toBe('step');
          expect(await page.$$eval('[aria-current="step"]', (els) => els.length)).toBe(1);
          expect(new URL(page.url()).hash).toBe(`#${id}`);
        }
        await page.context().close();
      });

      it('opens a deep link on its step at once, without replaying earlier steps', async () => {
        const ids = await (async () => {
          const page = await open(path, { viewport });
          const all = await stepIds(page);
          await page.context().close();
          return all;
        })();
        const target = ids[Math.floor(ids.length / 2)]!;
        const page = await open(`${path}#${target}`, { viewport });
        await expectShowsStep(page, target);
        const applied = await appliedFrames(page);
        expect(applied).toEqual([{ stepId: target, duration: 0 }]);
        expect(new URL(page.url()).hash).toBe(`#${target}`);
        await page.context().close();
      });
    });
  });

  it.each(chapters)('Back leaves %s after scrolling through its steps', async (path) => {
    const page = await open('/', { viewport: viewports[0] });
    await page.goto(server.origin + path);
    for (const id of await stepIds(page)) {
      await scrollToStep(page, id);
      await expectShowsStep(page, id);
    }
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.context().close();
  });

  it.each(chapters)('moves %s instantly under prefers-reduced-motion', async (path) => {
    const page = await open(path, { viewport: viewports[1], reducedMotion: 'reduce' });
    const ids = await stepIds(page);
    for (const id of ids) {
      await scrollToStep(page, id);
      await expectShowsStep(page, id, 2000);
    }
    const applied = await appliedFrames(page);
    expect(applied.length).toBeGreaterThan(1);
    expect(applied.every((a) => a.duration === 0)).toBe(true);
    await page.context().close();
  });

  it.each(chapters)('lets the keyboard reach every step of %s, with focus visible', async (path) => {
    const page = await open(path, { viewport: viewports[1] });
    const ids = await stepIds(page);
    await page.focus(`#${ids[0]}`);
    for (const [i, id] of ids.entries()) {
      // Tab moves through the previous step's citation links, then onto the next step.
      for (let presses = 0; i > 0 && presses < 10; presses++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => ({ id: document.activeElement?.id, step: document.activeElement?.closest('[data-step]')?.id }));
        if (focused.id === id) break;
        expect(focused.step, `Tab from step ${ids[i - 1]} left the story before step ${id}`).toBe(ids[i - 1]);
      }
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
      expect(await page.$eval(`#${id}`, (el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
      await expectShowsStep(page, id);
    }
    await page.context().close();
  });

  it.each(chapters)('shows every step\'s snapshot in %s with JavaScript off', async (path) => {
    for (const viewport of viewports) {
      const page = await open(path, { viewport, javaScriptEnabled: false });
      expect(await page.$eval('figure[data-chart]', (f) => getComputedStyle(f).display)).toBe('none');
      const boxes = await page.$$eval('[data-step] figure[data-snapshot] svg', (svgs) =>
        svgs.filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.getBoundingClientRect().width),
      );
      expect(boxes).toHaveLength(await page.$$eval('[data-step]', (els) => els.length));
      for (const width of boxes) expect(width).toBeGreaterThanOrEqual(300);
      await page.context().close();
    }
  });

  it.each(chapters)('lets the keyboard open the data table of %s, a captioned table with headers and sources', async (path) => {
    const page = await open(path, { viewport: viewports[0] });
    await page.focus('.data-table summary');
    await page.keyboard.press('Enter');
    expect(await page.$eval('.data-table', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    const table = await page.$eval('.data-table table', (t) => ({
      caption: t.querySelector('caption')?.textContent ?? '',
      headers: t.querySelectorAll('thead th[scope="col"]').length,
      rows: t.querySelectorAll('tbody tr').length,
      linked: [...t.querySelectorAll('tbody tr')].every((tr) => tr.querySelector('td:last-child a[href^="/sources/#"]')),
      visible: t.getBoundingClientRect().height > 0,
    }));
    expect(table.caption.length).toBeGreaterThan(10);
    expect(table.headers).toBeGreaterThanOrEqual(4);
    expect(table.rows).toBeGreaterThan(2);
    expect(table.linked).toBe(true);
    expect(table.visible).toBe(true);
    const tree = await page.locator('.data-table table').ariaSnapshot();
    expect(tree).toMatch(/^- '?table "/);
    expect(tree).toContain('- columnheader');
    await page.context().close();
  });

  it.each(chapters)('loads %s without layout shift, on a phone and on a desktop', async (path) => {
    for (const viewport of viewports) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.addInitScript(() => {
        (window as unknown as { __shift: number }).__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) (window as unknown as { __shift: number }).__shift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(server.origin + path, { waitUntil: 'load' });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift), `${path} at ${viewport.width}px`).toBe(0);
      await context.close();
    }
  });

  it('logged no console errors or warnings on any page above', () => {
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type DistServer } from '../../scripts/serve-dist.mjs';
import { busiestChapter } from '../helpers/chapters-in-dist.ts';
import { browserSkipReason, sharedChromium } from '../helpers/chromium.ts';
import { distDir } from '../helpers/paths.ts';

/**
 * A chapter whose scripts never run: refused (as Chromium refuses modules to a page opened from disk) or never sent (a
 * connection that froze after the page, as Russian networks freeze some). Its loader then gives them up
 * (src/build/postbuild/defer-scripts.ts) and its stories read as without scripting, every step followed by its
 * snapshot, at the sizes where a sticky graphic would otherwise stand still on the first step.
 */
describe.skipIf(browserSkipReason())('a chapter whose scripts never run, in Chromium', () => {
  let server: DistServer;
  beforeAll(async () => {
    server = await serveDist(distDir);
  });
  afterAll(async () => {
    await server?.close();
  });

  const cases = [
    { how: 'refused', viewport: { width: 390, height: 844 }, handle: (route: Route) => route.abort() },
    // Never answered: the loader gives up three seconds after it asked.
    { how: 'never sent', viewport: { width: 1280, height: 800 }, handle: () => undefined },
  ];
  it.each(cases)(
    'its scripts $how, it reads in flow: every step shows its snapshot, and no sticky graphic stands',
    async ({ viewport, handle }) => {
      const context = await (await sharedChromium()).newContext({ viewport });
      const page = await context.newPage();
      await page.route('**/_astro/*.js', handle);
      await page.goto(server.origin + busiestChapter.path);
      await page.waitForFunction(() => document.documentElement.dataset.scripts === 'missing', undefined, { timeout: 10_000 });
      const read = await page.evaluate(() => ({
        layout: getComputedStyle(document.querySelector('.scrolly')!).getPropertyValue('--scrolly-layout').trim(),
        graphics: [...document.querySelectorAll('.scrolly__graphic')].map((el) => getComputedStyle(el).display),
        shown: [...document.querySelectorAll('[data-step]')]
          .filter((step) => [...step.querySelectorAll('svg[data-size]')].some((svg) => svg.getBoundingClientRect().width > 0))
          .map((step) => step.id),
      }));
      expect(read.graphics.length).toBeGreaterThan(0);
      expect(read).toEqual({ layout: 'flow', graphics: read.graphics.map(() => 'none'), shown: busiestChapter.steps });
      await context.close();
    },
  );
});

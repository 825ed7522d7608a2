import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type DistServer } from '../../scripts/serve-dist.mjs';
import { mirrorFolder } from '../../src/build/postbuild/portable-mirror.ts';
import { builtChapters, russianBusiestChapter } from '../helpers/chapters-in-dist.ts';
import { blockedWorker } from '../helpers/browser-session.ts';
import { browserSkipReason, sharedChromium } from '../helpers/chromium.ts';
import { siteRoot } from '../helpers/paths.ts';
import { stepsShownByLink } from '../helpers/story-page.ts';

const mirror = join(siteRoot, mirrorFolder);
const phone = { width: 390, height: 844 };
const steps = builtChapters.flatMap((chapter) => chapter.steps);

/**
 * A context that records everything a reader's browser would do wrong on the mirror: a request outside `prefix`, a
 * failed or missing file, a console error or warning, an uncaught error, a CSP violation.
 */
async function watched(prefix: string): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  // No service worker: a chapter would register one and keep every page, which test/browser/offline.test.ts checks.
  const context = await (await sharedChromium()).newContext({ viewport: phone, reducedMotion: 'reduce', serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems: string[] = [];
  context.on('request', (request) => {
    if (!request.url().startsWith(prefix)) problems.push(`request outside ${prefix}: ${request.url()}`);
  });
  context.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  context.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && m.text() !== blockedWorker) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.exposeFunction('__cspViolation', (text: string) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  return { context, page, problems };
}

/** The addresses the page's links give, as the browser resolves them, for the site paths asked for ("/chapters/x/"). */
async function linksTo(page: Page, paths: readonly string[]): Promise<string[]> {
  const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
  return paths.map((path) => {
    const href = hrefs.find((h) => new URL(h).pathname.endsWith(`${path}index.html`));
    if (!href) throw new Error(`no link to ${path} on ${page.url()}`);
    return href;
  });
}

describe.skipIf(browserSkipReason())('the portable mirror, in Chromium', () => {
  // The same files under any origin and path (issue 26): a static host's root, a deep path, another hostname.
  const ways = [
    { way: 'at the root of an origin', host: '127.0.0.1', base: '/' },
    { way: 'under a deep path', host: '127.0.0.1', base: '/deep/mirror/path/' },
    { way: 'under a second hostname', host: 'localhost', base: '/' },
  ];
  describe.each(ways)('served $way', ({ host, base }) => {
    let server: DistServer;
    beforeAll(async () => {
      server = await serveDist(mirror, { base });
    });
    afterAll(async () => {
      await server?.close();
    });

    it(`shows all ${steps.length} steps of the English chapters by their links, reached from the home page, asking only for files under its prefix, all there, with no console error or CSP violation`, async () => {
      const prefix = `http://${host}:${new URL(server.origin).port}${base}`;
      const { context, page, problems } = await watched(prefix);
      await page.goto(prefix);
      const shown: string[] = [];
      for (const href of await linksTo(
        page,
        builtChapters.map((chapter) => chapter.path),
      )) {
        await page.goto(href);
        shown.push(...(await stepsShownByLink(page, builtChapters.find((c) => href.endsWith(`${c.path}index.html`))!.steps)));
      }
      expect(shown).toEqual(steps);
      if (base === '/') {
        // The Russian edition's pages sit a folder deeper: its busiest chapter stands for them.
        await page.goto(`${prefix}${russianBusiestChapter.path.slice(1)}index.html`);
        expect(await stepsShownByLink(page, russianBusiestChapter.steps)).toEqual(russianBusiestChapter.steps);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  });

  it('opened from disk, leads from the home page to every chapter, each of whose steps shows its snapshot, since Chromium loads no module from file://', async () => {
    const { context, page } = await watched('file://');
    await page.goto(pathToFileURL(join(mirror, 'index.html')).href);
    for (const [i, href] of (
      await linksTo(
        page,
        builtChapters.map((chapter) => chapter.path),
      )
    ).entries()) {
      await page.goto(href);
      await page.waitForFunction(() => document.documentElement.dataset.scripts === 'missing');
      const shown = await page.$$eval('[data-step]', (els) =>
        els
          .filter((step) => [...step.querySelectorAll('svg[data-size]')].some((svg) => svg.getBoundingClientRect().width > 0))
          .map((s) => s.id),
      );
      expect(shown, href).toEqual(builtChapters[i]!.steps);
      expect(await page.$$eval('.scrolly__graphic', (els) => els.every((el) => getComputedStyle(el).display === 'none'))).toBe(true);
    }
    await context.close();
  });
});

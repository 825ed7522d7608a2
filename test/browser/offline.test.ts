import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type DistServer } from '../../scripts/serve-dist.mjs';
import { workerPath } from '../../src/offline/register-offline.ts';
import type { OfflinePlan } from '../../src/offline/offline-worker.ts';
import { builtChapters, busiestChapter } from '../helpers/chapters-in-dist.ts';
import { browserSkipReason, sharedChromium } from '../helpers/chromium.ts';
import { distDir } from '../helpers/paths.ts';
import { stepsShownByLink } from '../helpers/story-page.ts';

/** The English edition's worker as built, and its plan. */
const source = readFileSync(join(distDir, workerPath('en')), 'utf8');
const plan = JSON.parse(/\(self, (\{.*\})\);\n$/.exec(source)![1]!) as OfflinePlan;
const pages = plan.precache.filter((address) => address.endsWith('/'));

/**
 * What the server does with each request: answer it, drop it at once (no network), hold it forever (a frozen
 * connection); and the English worker it sends, this build's or another's.
 */
const server = { mode: 'online' as 'online' | 'down' | 'frozen', worker: source };

/**
 * After one visit to a chapter, the English edition reads offline (issue 26; src/offline/). One page, in one context,
 * goes through it in order: the visit, reading offline, a frozen connection, a new build, and the kill switch.
 */
describe.skipIf(browserSkipReason())('reading offline, in Chromium', () => {
  let dist: DistServer;
  let context: BrowserContext;
  let page: Page;
  const held: (() => void)[] = [];
  beforeAll(async () => {
    dist = await serveDist(distDir, {
      intercept(request, response) {
        const path = new URL(request.url ?? '/', 'http://x').pathname;
        if (server.mode === 'down') response.destroy();
        if (server.mode === 'frozen') held.push(() => response.destroy());
        if (server.mode !== 'online') return true;
        // Every answer fresh from the server: a file the browser had kept by its own rules would never ask the network.
        response.setHeader('cache-control', 'no-store');
        if (path !== `/${workerPath('en')}`) return false;
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(server.worker);
        return true;
      },
    });
    context = await (await sharedChromium()).newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    page = await context.newPage();
  });
  // A test that failed midway leaves the network as it found it for the next.
  afterEach(() => {
    server.mode = 'online';
    held.splice(0).forEach((end) => end());
  });
  afterAll(async () => {
    await context?.close();
    await dist?.close();
  });

  it('a step’s embed, a page for another site’s frame, registers no worker', async () => {
    const other = await (await sharedChromium()).newContext();
    const embed = await other.newPage();
    await embed.goto(`${dist.origin}/embed/${busiestChapter.steps[0]}/`, { waitUntil: 'networkidle' });
    expect(await embed.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    await other.close();
  });

  /** The names of the caches the page's origin holds. */
  const caches = () => page.evaluate(() => globalThis.caches.keys());

  it(`a visit to a chapter keeps the edition's ${pages.length} pages and the files they load, in one cache of this version`, async () => {
    await page.goto(dist.origin + busiestChapter.path);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const names = await caches();
    expect(names).toEqual([`${plan.cachePrefix} ${dist.origin}/ ${plan.version}`]);
    const kept = await page.evaluate(
      (name) => globalThis.caches.open(name).then((c) => c.keys().then((r) => r.map((q) => q.url))),
      names[0]!,
    );
    expect(kept.sort()).toEqual(plan.precache.map((address) => new URL(address, `${dist.origin}/`).href).sort());
  });

  it(`offline, every page of the edition comes from it, and every step of every chapter shows by its link`, async () => {
    // The network is gone: the server drops every connection at once. (Chromium's own offline switch, once turned back
    // on, left the worker offline.)
    server.mode = 'down';
    // Every page, as the page asks for it (a short link's page would send the reader on at once); the chapters are
    // then opened.
    const fetched = await page.evaluate(
      (addresses) =>
        Promise.all(
          addresses.map((a) =>
            fetch(a).then(
              (r) => (r.ok ? '' : `${a}: ${r.status}`),
              (e: Error) => `${a}: ${e.message}`,
            ),
          ),
        ),
      pages.map((address) => new URL(address, `${dist.origin}/`).href),
    );
    expect(fetched.filter(Boolean)).toEqual([]);
    const shown: string[] = [];
    for (const chapter of builtChapters) {
      const response = await page.goto(dist.origin + chapter.path);
      expect(response?.fromServiceWorker(), chapter.path).toBe(true);
      shown.push(...(await stepsShownByLink(page, chapter.steps)));
    }
    expect(shown).toEqual(builtChapters.flatMap((chapter) => chapter.steps));
    server.mode = 'online';
  });

  it('on a connection that freezes, a kept page arrives all the same, once the worker stops waiting for the network', async () => {
    server.mode = 'frozen';
    const response = await page.goto(`${dist.origin}/about/`, { timeout: 10_000 });
    // The network was asked, and never answered.
    expect(held.length).toBeGreaterThan(0);
    expect(response?.fromServiceWorker()).toBe(true);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    // The held connections end, as a frozen one at last does, and free the browser's connections for what follows.
    server.mode = 'online';
    held.splice(0).forEach((end) => end());
  });

  it("a new build's worker, on the next visit, keeps its own cache and removes the old one", async () => {
    server.worker = source.replace(`"version":"${plan.version}"`, '"version":"next"');
    await page.goto(dist.origin + busiestChapter.path);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await page.waitForFunction(
      (name) => globalThis.caches.keys().then((n) => n.length === 1 && n[0] === name),
      `${plan.cachePrefix} ${dist.origin}/ next`,
    );
  });

  it('the kill switch deletes the caches and unregisters the worker', async () => {
    server.worker = source.replace('"off":false', '"off":true');
    await page.goto(dist.origin + busiestChapter.path);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await page.waitForFunction(() => globalThis.caches.keys().then((names) => names.length === 0));
    // A worker that unregistered still serves the pages it controls (with no fetch handler: straight to the network)
    // until they are left; a page with no chapter registers none.
    await page.goto(`${dist.origin}/about/`);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  });
});

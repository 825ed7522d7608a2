import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumFlags, isHeadlessShell } from '../../scripts/chromium.mjs';
import { waitInPage, type Engine, type EnginePage, type PageFunction } from './driver.ts';
import { loaded } from './in-page.ts';

/**
 * Chromium over the DevTools protocol, or Firefox over WebDriver BiDi: both through puppeteer-core.
 *
 * Chromium turns scripting off per page. Firefox over BiDi cannot, so it runs one browser at a time and starts it again,
 * with the `javascript.enabled` (or `svg.disabled`) pref flipped, when a page asks for the other: on one profile, which
 * its first start has already set up, so that the second start costs about 5 CPU-s instead of 8 (measured alone). The
 * reading suite therefore asks for its pages without scripting last (test/engines/reading-suite.ts). Only Firefox
 * turns SVG off.
 */
export async function launchPuppeteer(browser: 'chromium' | 'firefox', executablePath: string): Promise<Engine> {
  const profile = browser === 'firefox' ? await mkdtemp(join(tmpdir(), 'engine-firefox-')) : undefined;
  /** How a page is rendered: with scripting or not, drawing SVG or not. */
  type Mode = `${boolean}-${boolean}`;
  const launch = (mode: Mode) =>
    browser === 'chromium'
      ? puppeteer.launch({
          browser: 'chrome',
          executablePath,
          headless: isHeadlessShell(executablePath) ? 'shell' : true,
          // No background requests (scripts/chromium.mjs): the tests run on a closed network and must see only the site's own.
          args: chromiumFlags.filter((flag) => flag !== '--headless'),
        })
      : puppeteer.launch({
          browser: 'firefox',
          executablePath,
          headless: true,
          userDataDir: profile,
          extraPrefsFirefox: {
            // No process per site (the site is one origin) and no spare one started ahead of need: the same pages, for
            // fewer processes to start (measured alone, the engine's file took about 3 CPU-s less).
            'fission.autostart': false,
            'dom.ipc.processPrelaunch.enabled': false,
            'javascript.enabled': mode.startsWith('true'),
            'svg.disabled': mode.endsWith('false'),
            // No service worker (src/offline/): a chapter would register its edition's, which keeps every page and then
            // answers every request, work the reading checks do not ask for (test/browser/offline.test.ts checks it).
            'dom.serviceWorkers.enabled': false,
          },
        });
  let running = {
    mode: 'true-true' as Mode,
    browser: await launch('true-true').catch(async (error: unknown) => {
      if (profile) await rm(profile, { recursive: true, force: true });
      throw error;
    }),
  };
  const version = await running.browser.version();
  // Like WebKit's one window (webkit-engine.ts), a page the tests are done with serves the next: it leaves for a blank
  // page, so the next open is a fresh load even of the same URL. A new context costs more than the load itself.
  const idle = new Map<Mode, Page[]>();
  /** The browser for a page in a mode: Firefox's is started again when the page asks for another. */
  const browserFor = async (mode: Mode): Promise<Browser> => {
    if (browser === 'firefox' && running.mode !== mode) {
      idle.delete(running.mode);
      await running.browser.close();
      running = { mode, browser: await launch(mode) };
    }
    return running.browser;
  };
  return {
    name: browser,
    version,
    async open(url, options) {
      const javaScript = options.javaScript !== false;
      if (options.svg === false && browser !== 'firefox') throw new Error(`${browser} cannot turn SVG off: only Firefox can`);
      const mode: Mode = `${javaScript}-${options.svg !== false}`;
      const owner = await browserFor(mode);
      let page = idle.get(mode)?.pop();
      if (!page) {
        page = await (await owner.createBrowserContext()).newPage();
        if (!javaScript && browser === 'chromium') await page.setJavaScriptEnabled(false);
        // As in Firefox above: the edition's service worker answers none of the page's requests.
        if (browser === 'chromium') await page.setBypassServiceWorker(true);
      }
      await page.setViewport({ width: options.width, height: options.height });
      await page.goto(url, { waitUntil: 'load' });
      const used = page;
      // A page that cannot even go blank (a failed test's, stuck) is closed, not kept.
      const opened = wrap(used, async () => {
        const blank = await used.goto('about:blank', { timeout: 10_000 }).then(
          () => true,
          () => false,
        );
        if (blank) idle.set(mode, [...(idle.get(mode) ?? []), used]);
        else await used.browserContext().close();
      });
      await opened.waitFor(loaded, [new URL(url).pathname], 30_000);
      return opened;
    },
    async close() {
      await running.browser.close();
      if (profile) await rm(profile, { recursive: true, force: true });
    },
  };
}

function wrap(page: Page, close: () => Promise<void>): EnginePage {
  const run = <A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R> =>
    page.evaluate(fn as (...a: unknown[]) => R | Promise<R>, ...args) as Promise<R>;
  return {
    run,
    waitFor: (fn, args, timeout) => waitInPage(run, fn, args, timeout),
    async clickAt(x, y) {
      await page.mouse.click(x, y);
    },
    // Navigation starts after the script returns, so that the driver waits on no script whose page is gone.
    back: () => run(() => void setTimeout(() => history.back())),
    screenshot: () => page.screenshot({ type: 'png' }),
    close,
  };
}

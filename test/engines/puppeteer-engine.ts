import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumFlags, isHeadlessShell } from '../../scripts/chromium.mjs';
import { waitInPage, type Engine, type EnginePage, type PageFunction } from './driver.ts';
import { loaded } from './in-page.ts';

/** Chromium over the DevTools protocol, or Firefox over WebDriver BiDi: both through puppeteer-core. */
export async function launchPuppeteer(browser: 'chromium' | 'firefox', executablePath: string): Promise<Engine> {
  const launch = (javaScript: boolean) =>
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
          extraPrefsFirefox: {
            // No process per site (the site is one origin) and no spare one started ahead of need: the same pages, for
            // fewer processes to start (measured alone, the engine's file took about 3 CPU-s less).
            'fission.autostart': false,
            'dom.ipc.processPrelaunch.enabled': false,
            // Firefox over BiDi cannot turn scripting off per page; a second browser with the pref does it.
            ...(javaScript ? {} : { 'javascript.enabled': false }),
          },
        });
  const withScript = await launch(true);
  let withoutScript: Promise<Browser> | undefined;
  const version = await withScript.version();
  // Like WebKit's one window (webkit-engine.ts), a page the tests are done with serves the next: it leaves for a blank
  // page, so the next open is a fresh load even of the same URL. A new context costs more than the load itself.
  const idle = { true: [] as Page[], false: [] as Page[] };
  return {
    name: browser,
    version,
    async open(url, options) {
      const javaScript = options.javaScript !== false;
      const owner = javaScript || browser === 'chromium' ? withScript : await (withoutScript ??= launch(false));
      let page = idle[`${javaScript}`].pop();
      if (!page) {
        page = await (await owner.createBrowserContext()).newPage();
        if (!javaScript && browser === 'chromium') await page.setJavaScriptEnabled(false);
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
        if (blank) idle[`${javaScript}`].push(used);
        else await used.browserContext().close();
      });
      await opened.waitFor(loaded, [new URL(url).pathname], 30_000);
      return opened;
    },
    async close() {
      await withScript.close();
      await (await withoutScript)?.close();
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

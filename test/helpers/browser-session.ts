import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { sharedChromium } from './chromium.ts';
import { serveDist, type DistServer } from '../../scripts/serve-dist.mjs';
import { distDir } from './paths.ts';
import { pageReady, recordFrames } from './story-page.ts';

/** What Playwright says in the page's console when it blocks a page's service worker (`serviceWorkers: 'block'`). */
export const blockedWorker = 'Service Worker registration blocked by Playwright';

/** A browser over the built site for one test file, and everything its pages did wrong. */
export interface BrowserSession {
  /**
   * Opens `path` in a context of its own and waits until it is ready (`pageReady`); the page records frames, console
   * messages, requests and CSP violations. A context an earlier test of the file closed, with the same options, is
   * used again, reset as `reset` says. The page prefers reduced motion unless `options` say otherwise: each step's frame
   * lands at once, as it does for a reader who asks for that, and costs no animation frames. A test that watches the
   * graphic move asks for `reducedMotion: 'no-preference'`.
   */
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
  /**
   * The origin of the local server and the site's base without its last slash, e.g. "http://127.0.0.1:40123" (or
   * "http://127.0.0.1:40123/explainer"): a site path ("/chapters/x/") appended to it gives the page's URL.
   */
  readonly origin: () => string;
  /** Console errors and warnings, failed responses, requests to other origins and CSP violations, so far. */
  readonly problems: string[];
}

/**
 * Starts the site's static server (scripts/serve-dist.mjs, as `npm start` serves: with the headers of `_headers`) over
 * `root()` under `base`, the built site at / unless a test built its own, before the file's tests and stops it after;
 * paths given to `open` are the site's own ("/chapters/x/"), opened under the base. Its pages open in
 * the process's shared Chromium (sharedChromium), and the file's contexts close after its tests. Requests to any other origin are recorded, so a test can prove the site asks nothing of
 * anyone else (these machines have no other network to reach anyway).
 */
export function useBrowser(root: () => string = () => distDir, base = '/'): BrowserSession {
  if (!base.endsWith('/')) base += '/';
  let browser: Browser;
  let server: DistServer;
  /** The file's contexts, each with the function that really closes it. */
  const contexts = new Map<BrowserContext, () => Promise<void>>();
  /** Pages whose test is done with them, by their context's options, ready for the next test that asks for the same. */
  const idle = new Map<string, Page[]>();
  /** The path each page was last opened at, for the problems it records. */
  const openedAt = new WeakMap<Page, string>();
  const problems: string[] = [];
  beforeAll(async () => {
    server = await serveDist(root(), { base });
    browser = await sharedChromium();
  });
  afterAll(async () => {
    // The browser is shared with the process's other files (sharedChromium); the contexts are this file's, closed for
    // real (their `close` only hands the page back to the pool).
    for (const close of contexts.values()) await close();
    await server?.close();
  });

  /** A new context and page with `options`, recording what goes wrong on it; its `close()` hands it back to `idle`. */
  async function fresh(options: BrowserContextOptions, key: string): Promise<Page> {
    const context = await browser.newContext(options);
    contexts.set(context, context.close.bind(context));
    const page = await context.newPage();
    const at = () => openedAt.get(page) ?? '?';
    // Recorded, not intercepted: routing every request through the test process would slow every page down.
    context.on('request', (request) => {
      const url = request.url();
      if (/^https?:/.test(url) && new URL(url).origin !== server.origin) problems.push(`${at()}: request to another origin: ${url}`);
    });
    page.on('console', (m) => {
      // The worker these contexts block (`open`) is the harness's doing, not the page's.
      if (m.text() === blockedWorker) return;
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${at()}: console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${at()}: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${at()}: ${r.status()} for ${r.url()}`);
    });
    if (options.javaScriptEnabled !== false) {
      await page.exposeFunction('__cspViolation', (text: string) => problems.push(`${at()}: CSP violation: ${text}`));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`),
        ),
      );
      await recordFrames(page);
    }
    // A test ends with `page.context().close()`: the page goes back to the pool instead (a fresh context costs about
    // 0.4 CPU-s more than a load in a used one), on a blank document so that nothing of the test's page runs on. A
    // test that failed never gets here, and its context closes after the file.
    context.close = async () => {
      if (!page.isClosed()) {
        await page.goto('about:blank').catch(() => undefined);
        if (page.url() === 'about:blank') return void idle.set(key, [...(idle.get(key) ?? []), page]);
      }
      await contexts.get(context)?.();
    };
    context.on('close', () => contexts.delete(context));
    return page;
  }

  /**
   * Makes a used page as a fresh one would be: anything a test changed put back (size, emulated media, routes,
   * permissions, cookies, other pages of its context), an empty HTTP cache (so that a load fetches what a first
   * visit fetches), and the mouse back at the corner (so that nothing starts hovered). The site stores nothing else.
   */
  async function reset(page: Page, options: BrowserContextOptions): Promise<void> {
    const context = page.context();
    for (const other of context.pages()) if (other !== page) await other.close();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.clearPermissions();
    await context.clearCookies();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
    await page.mouse.move(0, 0);
    await page.setViewportSize(options.viewport ?? { width: 1280, height: 720 });
    await page.emulateMedia({
      media: null,
      colorScheme: options.colorScheme ?? 'light',
      reducedMotion: options.reducedMotion ?? 'reduce',
      forcedColors: options.forcedColors ?? 'none',
    });
  }

  return {
    problems,
    origin: () => server.origin + base.slice(0, -1),
    async open(path, asked = {}) {
      // No service worker (src/offline/): a chapter would register its edition's and keep its every page, work no test
      // here asks for; test/browser/offline.test.ts checks it.
      const options: BrowserContextOptions = { reducedMotion: 'reduce', serviceWorkers: 'block', ...asked };
      const key = JSON.stringify(options);
      const used = idle.get(key)?.pop();
      const page = used ?? (await fresh(options, key));
      if (used) await reset(used, options);
      openedAt.set(page, path);
      await page.goto(server.origin + base.slice(0, -1) + path);
      await pageReady(page);
      return page;
    },
  };
}

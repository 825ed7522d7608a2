import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.ts';
import { serveDist, type DistServer } from '../../scripts/serve-dist.mjs';
import { distDir } from './paths.ts';
import { pageReady, recordFrames } from './story-page.ts';

/** A browser over the built site for one test file, and everything its pages did wrong. */
export interface BrowserSession {
  /**
   * Opens `path` in a fresh context and waits until it is ready (`pageReady`); the page records frames, console
   * messages, requests and CSP violations.
   */
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
  /** The origin of the local server, e.g. "http://127.0.0.1:40123". */
  readonly origin: () => string;
  /** Console errors and warnings, failed responses, requests to other origins and CSP violations, so far. */
  readonly problems: string[];
}

/**
 * Starts the site's static server (scripts/serve-dist.mjs, as `npm start` serves: with the headers of `_headers`) over
 * `root()`, the built site unless a test built its own, and Chromium before the file's
 * tests and stops them after. Requests to any other origin are recorded, so a test can prove the site asks nothing of
 * anyone else (these machines have no other network to reach anyway).
 */
export function useBrowser(root: () => string = () => distDir): BrowserSession {
  let browser: Browser;
  let server: DistServer;
  const problems: string[] = [];
  beforeAll(async () => {
    server = await serveDist(root());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    problems,
    origin: () => server.origin,
    async open(path, options = {}) {
      const context = await browser.newContext(options);
      // Recorded, not intercepted: routing every request through the test process would slow every page down.
      context.on('request', (request) => {
        const url = request.url();
        if (/^https?:/.test(url) && new URL(url).origin !== server.origin) problems.push(`${path}: request to another origin: ${url}`);
      });
      const page = await context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${path}: console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
      page.on('response', (r) => {
        if (r.status() >= 400) problems.push(`${path}: ${r.status()} for ${r.url()}`);
      });
      if (options.javaScriptEnabled !== false) {
        await page.exposeFunction('__cspViolation', (text: string) => problems.push(`${path}: CSP violation: ${text}`));
        await page.addInitScript(() =>
          document.addEventListener('securitypolicyviolation', (e) =>
            (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`),
          ),
        );
        await recordFrames(page);
      }
      await page.goto(server.origin + path);
      await pageReady(page);
      return page;
    },
  };
}

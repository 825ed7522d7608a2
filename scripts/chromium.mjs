// Where Debian's Chromium is and how to start it on this closed network, for the tests (test/helpers/chromium.ts)
// and the bench (scripts/bench.mjs).
import { existsSync } from 'node:fs';

/**
 * Where Chromium is: CHROME_PATH when set, else Debian's `chromium-headless-shell`, else its full browser. Undefined
 * when none exists.
 *
 * The headless shell comes first: the same Chromium build without the desktop
 * browser around it, which is what Playwright itself runs for headless tests. It opens a page for about a quarter of
 * the CPU time (0.4 s against 1.6 s here), and the browser files open hundreds. The bench uses it too: Lighthouse's
 * simulation multiplies the main-thread time it observes by four, and on a two-core machine the full browser's own
 * processes take time from the page's. Interleaved runs on 6 December, two chapters, five runs each: LCP medians of
 * 758 and 761 ms in the shell against 796 and 784 ms in the full browser, and no run whose first paint stalled for a
 * second (one in the full browser). It is the same engine, so it measures the page with less of the harness.
 * @returns {string | undefined}
 */
export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => Boolean(path) && existsSync(/** @type {string} */ (path)));
}

/**
 * Whether `path` is the headless shell, which takes puppeteer's `headless: 'shell'` (the full browser takes `true`).
 * @param {string} path
 */
export const isHeadlessShell = (path) => /headless[-_]shell/.test(path);

/** Headless, and no request of its own: no background networking, updates, sync, QUIC or first-run pages. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

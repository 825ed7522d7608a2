// Where Debian's Chromium is and how to start it on this closed network, for the tests (test/helpers/chromium.ts)
// and the bench (scripts/bench.mjs).
import { existsSync } from 'node:fs';

/**
 * Where Chromium is: CHROME_PATH when set, else Debian's package. Undefined when none exists.
 *
 * With `headlessShell`, the tests' choice, Debian's `chromium-headless-shell` comes first: the same Chromium build
 * without the desktop browser around it, which is what Playwright itself runs for headless tests. It opens a page for
 * about a quarter of the CPU time (0.4 s against 1.6 s here), and the browser files open hundreds. The bench keeps the
 * full browser, the one readers run.
 * @param {{ headlessShell?: boolean }} [options]
 * @returns {string | undefined}
 */
export function chromiumPath({ headlessShell = false } = {}) {
  const shell = headlessShell ? ['/usr/bin/chromium-headless-shell'] : [];
  const candidates = [process.env.CHROME_PATH, ...shell, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
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

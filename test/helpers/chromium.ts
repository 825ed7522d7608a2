import { chromium, type Browser } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../../scripts/chromium.mjs';

/** The Chromium the tests run: the headless shell when installed, else the full browser (scripts/chromium.mjs). */
export { chromiumPath };

/** Why browser tests cannot run here, or undefined when they can. Under CI=true a missing browser is an error. */
export function browserSkipReason(): string | undefined {
  // BROWSERS="firefox,webkit" runs only those engines' tests (test/engines/); Chromium's own files step aside too.
  const asked = (process.env.BROWSERS ?? '').split(/[\s,]+/).filter(Boolean);
  if (asked.length > 0 && !asked.includes('chromium')) return `BROWSERS=${process.env.BROWSERS} leaves out chromium`;
  if (chromiumPath()) return undefined;
  const reason = 'no Chromium found: install it with `apt-get install chromium-headless-shell` (or `chromium`) or set CHROME_PATH';
  if (process.env.CI === 'true') throw new Error(`CI=true requires the browser tests, but ${reason}`);
  return reason;
}

let shared: Promise<Browser> | undefined;

/**
 * The test process's Chromium, started on first use and shared by every file the process runs (vitest reuses its
 * workers: vitest.config.ts). A launch costs about 1.2 CPU-s and some twenty files use the browser. A file closes the
 * contexts and pages it opens, never the browser, which ends with the process.
 */
export function sharedChromium(): Promise<Browser> {
  shared ??= launchChromium().then(
    (browser) => {
      browser.on('disconnected', () => (shared = undefined));
      return browser;
    },
    (error: unknown) => {
      // A failed launch is not remembered: the next file tries again.
      shared = undefined;
      throw error;
    },
  );
  return shared;
}

/**
 * Starts headless Chromium with the flags this closed network needs (no background requests), and its GPU work (which,
 * with no GPU, is software compositing) on a thread of the browser process instead of a process of its own: the same
 * frames for less work passing them between processes. Measured on 6 December, test/browser/steps.test.ts alone took
 * about 2.5 CPU-s less of some 17 (the whole machine's CPU time, two runs each way). The bench (scripts/bench.mjs) keeps
 * Chromium's own process model, as Lighthouse expects.
 */
function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(browserSkipReason());
  return chromium.launch({
    executablePath,
    args: [...chromiumFlags, '--in-process-gpu'],
  });
}

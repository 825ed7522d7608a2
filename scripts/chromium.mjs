// Where Debian's Chromium is and how to start it on this closed network, for the tests (test/helpers/chromium.ts)
// and the bench (scripts/bench.mjs) alike.
import { existsSync } from 'node:fs';

/**
 * Where Chromium is: CHROME_PATH when set, else Debian's package. Undefined when neither exists.
 * @returns {string | undefined}
 */
export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => Boolean(path) && existsSync(/** @type {string} */ (path)));
}

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

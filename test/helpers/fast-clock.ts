/**
 * How much faster than real time a page's d3 clock runs in the tests that walk every step: each of the site's 650 ms
 * moves of the graphic then takes about 100 ms. Every transition still runs, with the site's own duration and easing,
 * to the end that the walk compares with the step's snapshot, while the browser renders about a sixth of the frames
 * (the three engines' files: Firefox 73 to 59 CPU-s, WebKit 60 to 37, Chromium 44 to 27). It runs on every page the
 * engines open with scripting (test/engines/reading-suite.ts: the walks, the steady scroll, the sideways phone) and in
 * Chromium's desktop walk (test/browser/steps.test.ts); the other browser tests read in real time, among them the one
 * that samples the population grid's squares mid-move.
 */
export const walkClockRate = 6.5;

/**
 * Run in the page (by any engine's driver): makes `performance.now`, the clock that d3-timer reads and nothing else on
 * the site does, run `rate` times faster from now on. It stays monotonic and continuous, so a transition under way
 * carries on from where it is.
 */
export function speedUpClock(rate: number): void {
  const real = performance.now.bind(performance);
  const start = real();
  performance.now = () => start + (real() - start) * rate;
}

/**
 * How much faster than real time a page's d3 clock runs in the tests that walk every step: each of the site's 650 ms
 * moves of the graphic then takes about 33 ms, two frames. Every transition still runs, with the site's own duration
 * and easing, through at least one frame between its start and its end, to the end that the walk compares with the
 * step's snapshot, while the browser renders a twentieth of the frames (measured alone, against 6.5 times faster:
 * Firefox's file 64 to 51 CPU-s, WebKit's 35 to 29, steps.test 30 to 23). It runs on every page the engines open with
 * scripting (test/engines/reading-suite.ts: the walks, the steady scroll, the sideways phone) and in Chromium's desktop
 * walk (test/browser/steps.test.ts); the other browser tests read in real time, among them the transitions at two
 * sizes (viewports.test.ts) and the one that samples the population grid's squares mid-move (unit-grid.test.ts).
 */
export const walkClockRate = 20;

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

import type { Page } from 'playwright-core';
import { waitInPage, type PageFunction } from '../engines/driver.ts';
import { appliedFrames as inPageAppliedFrames, chartText, loaded, storyShows, unsettled } from '../engines/in-page.ts';

/**
 * Records, from before any page script runs, every frame the page applies (see ScrollyStory's `frame-applied`), where
 * the engine tests' recorder (test/engines/recorder.js) keeps them, so that the in-page checks of test/engines/in-page.ts
 * read them alike.
 */
export async function recordFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const recorder = { problems: [] as string[], frames: [] as { stepId: string; duration: number }[] };
    (window as unknown as { __engineRecorder: typeof recorder }).__engineRecorder = recorder;
    document.addEventListener('frame-applied', (event) => recorder.frames.push((event as CustomEvent).detail));
  });
}

/** The frames applied so far, in order. */
export function appliedFrames(page: Page): Promise<{ stepId: string; duration: number }[]> {
  return page.evaluate(inPageAppliedFrames);
}

/** The ids of the steps in the page's first story, in order. */
export function stepIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-step]', (els) => els.map((el) => el.id));
}

/** Runs an in-page function of test/engines/in-page.ts in a Playwright page. */
const runner =
  (page: Page) =>
  <A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A) =>
    page.evaluate(`(${fn.toString()})(...${JSON.stringify(args)})`) as Promise<R>;

/**
 * Waits until `stepId` is the current step and the sticky graphic shows exactly its snapshot (`unsettled`, the suite's
 * one comparison of a graphic with its snapshot); fails with what still differs if it never does.
 */
export async function expectShowsStep(page: Page, stepId: string, timeout = 5000): Promise<void> {
  try {
    await waitInPage(runner(page), unsettled, [stepId, false], timeout);
  } catch (error) {
    throw new Error(`sticky graphic should show step "${stepId}": ${(error as Error).message}`);
  }
}

/** Scrolls a step onto the reading line, as a reader scrolling to it would leave it. */
export function scrollToStep(page: Page, stepId: string): Promise<void> {
  return page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), stepId);
}

/** Problems with the text of the graphic the reader sees with `stepId` (`chartText` of test/engines/in-page.ts). */
export function textProblems(page: Page, stepId: string): Promise<string[]> {
  return runner(page)(chartText, stepId);
}

/**
 * Waits until the page is ready and has stopped scrolling: the scroll position holds still over three animation frames
 * (a smooth scroll moves it on every frame), then one more frame so that scroll handlers have run.
 */
export async function settled(page: Page): Promise<void> {
  await pageReady(page);
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const tick = () => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if (still >= 3) requestAnimationFrame(() => resolve());
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/**
 * Waits until the page is ready for a reader: loaded and, where it has scripts, every custom element defined (the same
 * check as the engine suite's `loaded`; the scripts fetch their code after the first paint, which may follow `load`).
 */
export async function pageReady(page: Page): Promise<void> {
  await waitInPage(runner(page), loaded, [new URL(page.url()).pathname], 30_000);
}

/**
 * Shows each of `ids` by its link (a change of the URL's hash, as a link in the page makes), once the page is ready, and
 * says which of them their story then showed within 5 s (`storyShows`), in order: what a reader following each step's
 * link sees, where no recorder watches the frames.
 */
export async function stepsShownByLink(page: Page, ids: readonly string[]): Promise<string[]> {
  await pageReady(page);
  const shown: string[] = [];
  for (const id of ids) {
    await page.evaluate((step) => void (location.hash = `#${step}`), id);
    // Asked every 20 ms, as a function: a string predicate would need eval, which a page's policy may refuse (the
    // single-file edition's does), and a refused one never holds.
    let unshown = await page.evaluate(storyShows, id);
    for (let waited = 0; unshown.length > 0 && waited < 5000; waited += 20) {
      await page.waitForTimeout(20);
      unshown = await page.evaluate(storyShows, id);
    }
    if (unshown.length === 0) shown.push(id);
  }
  return shown;
}

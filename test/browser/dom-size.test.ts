import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser-session.ts';
import { builtChapters } from '../helpers/chapters-in-dist.ts';
import { browserSkipReason } from '../helpers/chromium.ts';
import { expectShowsStep, scrollToStep } from '../helpers/story-page.ts';

/** Issue 10's limit, as Lighthouse counts it: elements in the body once the page's scripts ran (see budget.test.ts). */
const CHAPTER_DOM_BUDGET = 1_500;

describe.skipIf(browserSkipReason())('DOM size with scripting, in Chromium', () => {
  const session = useBrowser();

  it.each(builtChapters)('$path holds at most 1,500 elements in its body once every story has drawn its graphic', async ({ path }) => {
    const page = await session.open(path, { viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    await page.evaluate(() => Promise.all([customElements.whenDefined('scrolly-story'), customElements.whenDefined('copy-text')]));
    // Each story fills its live graphic (both sizes) once the reader comes near it, so each is brought into view.
    const firstSteps = await page.$$eval('scrolly-story', (stories) => stories.map((s) => s.querySelector('[data-step]')!.id));
    for (const id of firstSteps) {
      await scrollToStep(page, id);
      await expectShowsStep(page, id);
    }
    expect(await page.evaluate(() => document.body.querySelectorAll('*').length)).toBeLessThanOrEqual(CHAPTER_DOM_BUDGET);
    expect(session.problems).toEqual([]);
    await page.context().close();
  });
});

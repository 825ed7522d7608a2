import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser-session.ts';
import { busiestChapter as busiest, busiestChapterPerChart } from '../helpers/chapters-in-dist.ts';
import { browserSkipReason } from '../helpers/chromium.ts';
import { speedUpClock, walkClockRate } from '../helpers/fast-clock.ts';
import { appliedFrames, expectShowsStep, scrollToStep, textProblems } from '../helpers/story-page.ts';

const phone = { width: 360, height: 740 };
const desktop = { width: 1440, height: 900 };

/** Which step the page's positions say is active, computed in the page the way the engine does. */
const positionalStep = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const story = document.querySelector<HTMLElement & { triggerLine: number }>('scrolly-story')!;
    const steps = [...story.querySelectorAll<HTMLElement>('[data-step]')];
    const crossed = steps.filter((s) => s.getBoundingClientRect().top <= story.triggerLine);
    return (crossed.at(-1) ?? steps[0]!).id;
  });

describe.skipIf(browserSkipReason())('every step, in Chromium', () => {
  const session = useBrowser();

  // The busiest chapter of each chart is walked, its transitions run to their end, at phone size in every engine
  // (test/engines/reading-suite.ts), and every step of every chapter is shown by its link in mirror.test.ts. Here, at desktop size, the chapter with the most steps of each chart: what a
  // transition does depends on the chart (its marks, which enter and leave), not on the chapter.
  describe.each(busiestChapterPerChart)('$path', ({ path, steps }) => {
    describe('at desktop size', () => {
      // Forward over every step, then back to the first two steps at a time (from the last: the third-last, the
      // fifth-last, ..., and the first). Each move back undoes two forward transitions at once, so every mark that
      // entered on the way forward leaves again on the way back, in about half the moves of walking back step by step.
      const back = steps
        .map((_, i) => i)
        .filter((i) => i < steps.length - 1 && (i === 0 || (steps.length - 1 - i) % 2 === 0))
        .reverse()
        .map((i) => steps[i]!);
      it('scrolling to each step, then back to the first two steps at a time, marks it current and puts its frame, with legible text, in the sticky graphic; a jump to the last step and straight back ends on the right frames', async () => {
        const page = await session.open(path, { viewport: desktop, reducedMotion: 'no-preference' });
        // Each 650 ms move of the graphic takes about 33 ms, run to its end all the same (fast-clock.ts).
        await page.evaluate(speedUpClock, walkClockRate);
        for (const id of [...steps, ...back]) {
          await scrollToStep(page, id);
          await expectShowsStep(page, id);
          expect(new URL(page.url()).hash, `step ${id}: URL`).toBe(`#${id}`);
          expect(await textProblems(page, id), `step ${id}: chart text`).toEqual([]);
        }
        // The walk ends on the first step: a jump to the last and straight back, then both jumps within one task.
        const [first, last] = [steps[0]!, steps.at(-1)!];
        for (const id of [last, first]) {
          await scrollToStep(page, id);
          await expectShowsStep(page, id);
        }
        await page.evaluate(
          ([a, b]) => {
            document.getElementById(a!)!.scrollIntoView({ block: 'start' });
            document.getElementById(b!)!.scrollIntoView({ block: 'start' });
          },
          [last, first],
        );
        await expectShowsStep(page, first);
        await page.context().close();
      });
    });
  });

  // A deep link to a middle step is checked in every engine (test/engines/reading-suite.ts); here, the two ends: the
  // first step (the page's own first frame) and the last (which the page cannot scroll to the top). A link lands by
  // layout and chart, not by chapter: the busiest chapter of each chart stands for the rest.
  it.each(busiestChapterPerChart)(
    '$path: a fresh load of its first and last step’s link shows that step’s frame at once, applying no other frame, and where the step sits in the chapter',
    async ({ path, steps }) => {
      // With motion allowed: a linked step's frame is still applied at once, not animated in.
      const page = await session.open('/', { viewport: phone, reducedMotion: 'no-preference' });
      for (const id of new Set([steps[0]!, steps.at(-1)!])) {
        // From another document, so that each link is a fresh load of the chapter, not a jump within it.
        await page.goto('about:blank');
        await page.goto(`${session.origin()}${path}#${id}`);
        await expectShowsStep(page, id);
        expect(await appliedFrames(page), `step ${id}`).toEqual([{ stepId: id, duration: 0 }]);
        // Where the linked step sits, on that step alone: "Chapter 4 · step 8 of 8 · Start of the chapter".
        const chapter = /Chapter (\d+) of/.exec((await page.locator('.kicker').first().textContent())!)![1];
        const context = page.locator('.step__context:visible');
        await expect
          .poll(() => context.allInnerTexts())
          .toEqual([`Chapter ${chapter} · step ${steps.indexOf(id) + 1} of ${steps.length} · Start of the chapter`]);
        expect(await context.evaluate((p) => p.closest('[data-step]')!.id)).toBe(id);
      }
      // Its link leads to the start of the chapter.
      await page.locator('.step__context:visible a').click();
      await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(200);
      await page.context().close();
    },
  );

  // Resizing and zooming exercise the layout code every chart shares (viewports.test.ts shows every step of every
  // chapter at each size): the chapter with the most steps stands for them all.
  describe(busiest.path, () => {
    const { path, steps } = busiest;

    it('resizing from 1440 to 360 px wide and back mid-chapter keeps the graphic on the step the reader is at', async () => {
      const middle = steps[Math.floor(steps.length / 2)]!;
      // With motion: the resize lands while the graphic may still be moving.
      const page = await session.open(path, { viewport: desktop, reducedMotion: 'no-preference' });
      await scrollToStep(page, middle);
      await expectShowsStep(page, middle);
      for (const viewport of [phone, desktop]) {
        await page.setViewportSize(viewport);
        const at = await positionalStep(page);
        await expectShowsStep(page, at);
        const shown = await page.$eval('figure[data-chart]', (f) =>
          [...f.querySelectorAll('svg[data-size]')]
            .filter((s) => getComputedStyle(s).display !== 'none')
            .map((s) => s.getAttribute('data-size')),
        );
        expect(shown, `${viewport.width}px shows one layout`).toEqual([viewport.width < 700 ? 'narrow' : 'wide']);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      }
      await page.context().close();
    });

    it('fetches its wide frames once, after the page; where they never come (a frozen connection), it reads on in its narrow frames', async () => {
      const middle = steps[Math.floor(steps.length / 2)]!;
      const page = await session.open('/about/', { viewport: desktop });
      const asked: string[] = [];
      page.on('request', (request) => void (/\/wide-frames\.\w+\.svg$/.test(request.url()) && asked.push(request.url())));
      const shownSizes = () =>
        page.$eval('figure[data-chart]', (f) =>
          [...f.querySelectorAll('svg[data-size]')]
            .filter((s) => getComputedStyle(s).display !== 'none')
            .map((s) => s.getAttribute('data-size')),
        );
      await page.goto(`${session.origin()}${path}#${middle}`);
      await page.waitForFunction(() => !document.querySelector('scrolly-story[data-frames]'));
      await expectShowsStep(page, middle);
      expect(asked).toEqual([expect.stringMatching(new RegExp(`^${session.origin()}${path}wide-frames\\.\\w+\\.svg$`))]);
      expect(await shownSizes()).toEqual(['wide']);

      // The file's request hangs, as on a network that freezes a connection after its first bytes: the linked step
      // is shown within the 3 s the story waits for it, in its narrow frame, and so is the next.
      await page.route('**/wide-frames.*.svg', () => undefined);
      await page.reload();
      await page.waitForFunction(() => document.querySelector('scrolly-story[data-live][data-frames]'), null, { timeout: 5000 });
      await expectShowsStep(page, middle);
      expect(await shownSizes()).toEqual(['narrow']);
      const next = steps[steps.indexOf(middle) + 1]!;
      await scrollToStep(page, next);
      await expectShowsStep(page, next);
      await page.context().close();
    });

    it('a 200% browser zoom keeps the graphic on the step the reader is at, with no horizontal scroll', async () => {
      const middle = steps[Math.floor(steps.length / 2)]!;
      // Zooming to 200% halves the CSS viewport while doubling device pixels; that is what this context emulates.
      const page = await session.open(path, { viewport: { width: 720, height: 450 }, deviceScaleFactor: 2 });
      await scrollToStep(page, middle);
      await expectShowsStep(page, middle);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      expect(await textProblems(page, middle)).toEqual([]);
      await page.context().close();
    });
  });

  it('logged no console errors or warnings, made no request to another origin and broke no CSP rule', () => {
    expect(session.problems, session.problems.join('\n')).toEqual([]);
  });
});

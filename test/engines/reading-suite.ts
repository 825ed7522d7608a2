import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { builtChapters, busiestChapter as busiest, busiestChapterPerChart, russianBusiestChapter } from '../helpers/chapters-in-dist.ts';
import { speedUpClock, walkClockRate } from '../helpers/fast-clock.ts';
import { distDir, projectRoot, siteRoot } from '../helpers/paths.ts';
import { mirrorFolder } from '../../src/build/postbuild/portable-mirror.ts';
import { singleFilePath } from '../../src/build/single/single-file-path.ts';
import { locales } from '../../src/core/locale.ts';
import type { Engine, EngineName, EnginePage, OpenOptions, Size } from './driver.ts';
import { engineSkipReason, launchEngine } from './engines.ts';
import {
  appliedFrames,
  fallbacksFetched,
  fallbacksShown,
  jumpToCentre,
  loaded,
  readability,
  placeAboveTrigger,
  scrollSteadily,
  scrolledDuring,
  fetchedBeforeFirstPaint,
  snapshotsShown,
  stepAtTrigger,
  storyShows,
  twoFrames,
  unsettled,
} from './in-page.ts';
import { serveWithRecorder, type EngineServer } from './server.ts';

/** The phone size at which WebKit once left the story on a stale step, and a phone held sideways. */
export const phone: Size = { width: 390, height: 844 };
export const landscape: Size = { width: 844, height: 390 };
/** How long a frame may take to settle: the site's 650 ms transition, with room for a heavily loaded machine. */
const settleMs = 15_000;
/** The tests that walk every step of a chapter take longer than vitest's default on a loaded two-core machine. */
const walkMs = 180_000;

const middleOf = (steps: readonly string[]) => steps[Math.floor(steps.length / 2)]!;

/**
 * The reader-facing checks every engine must pass. Written against EnginePage alone: nothing here knows which engine
 * it drives. Chapters and steps come from dist/, so a new chapter or step is checked without editing this file.
 */
export function describeReading(name: EngineName): void {
  const skip = engineSkipReason(name);
  if (skip) console.warn(`${name}: reading tests not run: ${skip}`);
  describe.skipIf(skip)(`reading, in ${name}`, () => {
    let engine: Engine;
    let server: EngineServer;
    const opened = new Set<EnginePage>();
    const open = async (path: string, options: OpenOptions): Promise<EnginePage> => {
      const page = await engine.open(server.origin + path, options);
      if (options.javaScript !== false) {
        // Each 650 ms move of the graphic takes about 33 ms here, run to its end all the same (fast-clock.ts).
        await page.run(speedUpClock, walkClockRate);
      }
      const close = page.close.bind(page);
      const tracked: EnginePage = { ...page, close: async () => void (opened.delete(tracked) && (await close())) };
      opened.add(tracked);
      return tracked;
    };
    // A failed test leaves its page open; close it, so that the next test starts from a blank one.
    afterEach(async () => {
      for (const page of opened) await page.close();
    });
    /** Waits until step `id` is current and drawn; on failure keeps a screenshot under test/.tmp/engines/. */
    const expectSettled = async (page: EnginePage, id: string, what: string, withHash = true) => {
      try {
        await page.waitFor(unsettled, [id, withHash], settleMs);
      } catch (error) {
        const dir = join(projectRoot, 'test/.tmp/engines');
        mkdirSync(dir, { recursive: true });
        const file = join(dir, `${name}-${id}.png`);
        writeFileSync(file, await page.screenshot());
        throw new Error(`${what}: step ${id} is not what the reader sees (${file}): ${(error as Error).message}`);
      }
    };

    beforeAll(async () => {
      server = await serveWithRecorder(distDir);
      engine = await launchEngine(name);
      console.info(`${name}: ${engine.version}`);
    });
    afterAll(async () => {
      await engine?.close();
      await server?.close();
    });

    // Which chapters each engine reads: the busiest chapter of each chart, which stands for the rest, since a story
    // behaves by its layout and its chart, not by its chapter; the busiest of all in its Russian twin only, which stands
    // for both editions (the same steps, states, layout and code; only the words differ). Chromium, whose reading
    // test/browser/ checks in full, runs no engine file: every step of every chapter is walked there (mirror.test.ts
    // three times, offline.test.ts once).
    const chapters = [...busiestChapterPerChart.filter((c) => c !== busiest), russianBusiestChapter];
    describe.each(chapters)('$path', ({ path, steps }) => {
      const middle = middleOf(steps);

      it(
        'every step becomes current at the trigger line when scrolled to steadily',
        async () => {
          const page = await open(path, phone);
          const { becameCurrent, wrong } = await page.run(scrollSteadily, [...steps]);
          expect(wrong, wrong.join('\n')).toEqual([]);
          expect(becameCurrent).toEqual(steps);
          await page.close();
        },
        walkMs,
      );

      // Every step once in every engine, with every transition run to its end: forward over every step; then back to
      // the first two steps at a time (each move back undoes two forward transitions at once, so every mark that
      // entered on the way forward leaves again); then a jump from the first step to the last, which carries every step
      // over the trigger line at once, and straight back.
      const back = steps
        .map((_, i) => i)
        .filter((i) => i < steps.length - 1 && (i === 0 || (steps.length - 1 - i) % 2 === 0))
        .reverse()
        .map((i) => steps[i]!);
      it(
        'after an instant jump that centres each step, forward, back and from end to end, that step is current and the graphic equals its snapshot',
        async () => {
          const page = await open(path, phone);
          for (const id of [...steps, ...(back.length > 0 ? back : [steps[0]!]), steps.at(-1)!, steps[0]!]) {
            await page.run(jumpToCentre, id);
            expect(await page.run(stepAtTrigger, id), `centring ${id} puts it on the trigger line`).toBe(id);
            await expectSettled(page, id, 'after a jump');
          }
          await page.close();
        },
        walkMs,
      );

      // One page, opened at the middle step's link at phone size, serves four checks in turn: a page load costs more
      // than all of them (most of all in WebKit). Each is its own test, so a failure names its case; each waits for
      // the state it needs rather than trusting the one before it. The click and the hash change each go to a step
      // other than the linked one, so neither leans on what the link did (a linked step is focused, and a click on
      // it could not move focus, which is what would scroll the page). Like the steady scroll, these behave by layout
      // and chart: the busiest chapter of each chart stands for the rest (test/browser/steps.test.ts loads every
      // chapter's first and last step's link, in Chromium).
      describe('on one page opened at the middle step’s link, at phone size', () => {
        const at = steps.indexOf(middle);
        /** Placed by the reader's scroll for the click: the step after the middle one. */
        const scrolled = steps[at + 1] ?? steps[at - 1] ?? middle;
        /** Named by the hash change: the first step that is neither of those, so the story must move back to it. */
        const hashed = steps.find((id) => id !== middle && id !== scrolled) ?? middle;
        let page: EnginePage | undefined;
        const opened = () => {
          if (!page) throw new Error(`the page at ${path}#${middle} did not open`);
          return page;
        };
        beforeAll(async () => {
          page = await engine.open(`${server.origin}${path}#${middle}`, phone);
        });
        afterAll(async () => {
          await page?.close();
        });

        it('a deep link to a middle step shows that step at once, applying no other frame', async () => {
          const page = opened();
          expect(await page.run(unsettled, middle, true), `deep link to ${middle}: what the reader sees at once`).toEqual([]);
          await page.run(twoFrames);
          expect(await page.run(appliedFrames), `deep link to ${middle}: frames applied since load`).toEqual([
            { stepId: middle, duration: 0 },
          ]);
          // The steps' PNGs, for a browser that draws no SVG, are never fetched where SVG draws.
          expect(await page.run(fallbacksFetched)).toBe(0);
        });

        it('the active step’s text is readable at the size of a phone', async () => {
          const page = opened();
          await expectSettled(page, middle, 'deep link');
          const { fontPx, visiblePx, neededPx } = await page.run(readability, middle);
          expect(fontPx, `phone: font size of step ${middle}'s text (CSS px)`).toBeGreaterThanOrEqual(16);
          expect(visiblePx, `phone: px of step ${middle}'s text in view and not covered by the graphic`).toBeGreaterThanOrEqual(neededPx);
        });

        it('clicking the active step’s text, after scrolling to another step, does not scroll the page', async () => {
          const page = opened();
          // Scrolled to by a reader (not linked to, which would focus it): its top a little past the trigger line.
          await page.run(placeAboveTrigger, scrolled, 56);
          await expectSettled(page, scrolled, 'after a scroll');
          const { point } = await page.run(readability, scrolled);
          expect(point, `click: some of step ${scrolled}'s text is visible and uncovered`).not.toBeNull();
          const watch = page.run(scrolledDuring, 15);
          await page.clickAt(point![0], point![1]);
          expect(await watch, `click on step ${scrolled}: px the page scrolled after the click`).toBe(0);
        });

        it('a change of the URL’s hash shows the step it names', async () => {
          const page = opened();
          await page.run((id) => void (location.hash = `#${id}`), hashed);
          await expectSettled(page, hashed, 'after a hash change');
        });
      });
    });

    // The layout is shared by every chapter: the one with the most steps stands for them all.
    it(`the active step’s text is readable at the size of a phone held sideways: ${busiest.path}`, async () => {
      const { path } = busiest;
      const middle = middleOf(busiest.steps);
      // A page of its own: the driver opens a page at a size and cannot resize it.
      const page = await open(`${path}#${middle}`, landscape);
      await expectSettled(page, middle, 'deep link');
      const { fontPx, visiblePx, neededPx } = await page.run(readability, middle);
      expect(fontPx, `landscape: font size of step ${middle}'s text (CSS px)`).toBeGreaterThanOrEqual(16);
      expect(visiblePx, `landscape: px of step ${middle}'s text in view and not covered by the graphic`).toBeGreaterThanOrEqual(neededPx);
      // The text painted first: the story's scripts and its print stylesheet were asked for only after that paint.
      expect(await page.run(fetchedBeforeFirstPaint)).toEqual([]);
      await page.close();
    });

    it(
      'Back returns to the previous page, on the step the reader left',
      async () => {
        const [from, to] = builtChapters;
        const middle = middleOf(from!.steps);
        const page = await open(from!.path, phone);
        await page.run(jumpToCentre, middle);
        await expectSettled(page, middle, 'after a jump');
        // Navigation starts after the script returns, so that no engine's driver waits on a script whose page is gone.
        await page.run((href) => void setTimeout(() => (location.href = href)), to!.path);
        await page.waitFor(loaded, [to!.path]);
        await page.back();
        await page.waitFor(loaded, [from!.path]);
        await expectSettled(page, middle, 'after Back');
        await page.close();
      },
      walkMs,
    );

    // The portable mirror (issue 26), unzipped and opened from disk: the busiest chapter stands for the rest, as its
    // files and links are the same for all (test/site/mirror.test.ts checks every link; test/browser/mirror.test.ts
    // every chapter in Chromium). Firefox runs its story, and each step's link shows the step. WebKit, like Chromium,
    // loads no module from file://: the loader gives the scripts up and every step shows its snapshot.
    it(`the portable mirror, opened from disk, shows every step: ${busiest.path}`, async () => {
      const page = await engine.open(pathToFileURL(join(siteRoot, mirrorFolder, busiest.path, 'index.html')).href, phone);
      opened.add(page);
      expect(await page.run(() => document.documentElement.dataset.scripts ?? 'run')).toBe(name === 'firefox' ? 'run' : 'missing');
      if (name === 'firefox')
        for (const id of busiest.steps) {
          await page.run((step) => void (location.hash = `#${step}`), id);
          await page.waitFor(storyShows, [id], settleMs);
        }
      else expect((await page.run(snapshotsShown)).steps).toEqual(Object.fromEntries(busiest.steps.map((id) => [id, 1])));
      await page.close();
      opened.delete(page);
    });

    // The single-file edition (issue 26), opened from disk in Firefox, English: its one inline module runs there, every
    // step of every chapter shows by its link, and each chapter's story follows a steady scroll through the file. The
    // Russian file, the same code and steps, is walked in Chromium (test/browser/single-file.test.ts); WebKit's file://
    // is the mirror's case above.
    const singleFile = (locale: (typeof locales)[number]) => pathToFileURL(join(distDir, singleFilePath(locale))).href;
    const everyStep = builtChapters.flatMap((chapter) => chapter.steps);
    if (name === 'firefox')
      it.each(['en'] as const)(
        'the single-file edition in %s, opened from disk, runs its story: every step shows by its link, and becomes current when scrolled to',
        async (locale) => {
          const page = await engine.open(singleFile(locale), phone);
          opened.add(page);
          await page.run(speedUpClock, walkClockRate);
          // In the home page's order of chapters (test/site/single-file.test.ts checks it).
          const inFile = await page.run(() => [...document.querySelectorAll('[data-step]')].map((step) => step.id));
          expect([...inFile].sort()).toEqual([...everyStep].sort());
          for (const { steps } of builtChapters) {
            const { becameCurrent, wrong } = await page.run(scrollSteadily, [...steps]);
            expect(wrong, wrong.join('\n')).toEqual([]);
            expect(becameCurrent).toEqual(steps);
          }
          for (const id of inFile) {
            await page.run((step) => void (location.hash = `#${step}`), id);
            await page.waitFor(storyShows, [id], settleMs);
          }
          await page.close();
          opened.delete(page);
        },
        walkMs,
      );

    // A page without scripting behaves by layout, not by chapter or chart (no script draws it): the chapter with the
    // most steps stands for the rest. In WebKit (and in Chromium, test/browser/reading.test.ts, every chapter); Firefox
    // reads without scripting below, with SVG off too (Tor Browser's Safest level), rather than start a third time for
    // this alone.
    if (name !== 'firefox')
      it.each([busiest])('without JavaScript, every step shows its snapshot: $path', async ({ path, steps }) => {
        const page = await open(path, { ...phone, javaScript: false });
        const shown = await page.run(snapshotsShown);
        expect(shown.scripting, 'the page renders as with scripting off').toBe(false);
        expect(shown.liveShown, 'no live graphic without scripting').toBe(false);
        expect(shown.steps).toEqual(Object.fromEntries(steps.map((id) => [id, 1])));
        // Where SVG draws, no step's PNG shows or is fetched, scripting or not (below: where it does not, every one is).
        expect(Object.values(await page.run(fallbacksShown)).map(({ width }) => width)).toEqual(steps.map(() => 0));
        expect(await page.run(fallbacksFetched)).toBe(0);
        await page.close();
      });

    // Tor Browser's Safest level: no scripting and no SVG (Firefox's `svg.disabled`), so no chart draws. Each step then
    // shows its PNG instead (src/components/scrolly/Step.astro), and its frame's labels take no room. Last of all, as
    // Firefox starts again for it. The chapter with the most steps stands for the rest: every step's fallback is the
    // same markup, and its PNG the site's download of that step (test/site/kit.test.ts checks every one).
    if (name === 'firefox')
      it.each([busiest])('without JavaScript or SVG, every step shows its PNG at the caption’s width: $path', async ({ path, steps }) => {
        const page = await open(path, { ...phone, javaScript: false, svg: false });
        await page.waitFor(
          (count) =>
            performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.png')).length >= count
              ? []
              : ['PNGs still loading'],
          [steps.length],
          settleMs,
        );
        const shown = await page.run(fallbacksShown);
        expect(Object.keys(shown)).toEqual(steps);
        for (const [id, { loaded, width, wordsHeight, captionLine }] of Object.entries(shown)) {
          expect(loaded, `${id}: its PNG fetched`).toBe(true);
          expect(width, `${id}: its PNG's width (CSS px)`).toBeGreaterThan(phone.width / 2);
          // Their lines have no height: what boxes remain around them is less than one line of the caption.
          expect(wordsHeight, `${id}: px its frame's loose words stand`).toBeLessThan(captionLine);
        }
        await page.close();
      });

    it('no page logged a console error or warning, threw, broke the CSP or asked for a missing file', async () => {
      expect(server.problems, server.problems.join('\n')).toEqual([]);
    });
  });
}

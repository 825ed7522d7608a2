import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser-session.ts';
import { busiestChapter as busiest, busiestChapterPerChart } from '../helpers/chapters-in-dist.ts';
import { chapterPages } from '../helpers/dist.ts';
import { browserSkipReason } from '../helpers/chromium.ts';
import { expectShowsStep, pageReady, scrollToStep, settled, textProblems } from '../helpers/story-page.ts';

/**
 * Landscape phones, a small phone, a short laptop, a phone and a desktop (issue 13). Every size is checked for fit.
 * Clicks, find-in-page, hashes and transitions behave by layout (src/styles/scrolly.css: flow, stacked or side) and
 * the drawing's two sizes, so `fitOnly` sizes, which share the flow layout and a drawing size with 740×360, are
 * checked for fit alone; and the desktop shares the side layout and the wide drawing with the short laptop, the
 * tighter of the two, where its clicks, find-in-page and hashes are checked (`behavesAs`).
 */
const viewports = [
  { name: 'landscape phone 740×360', width: 740, height: 360, isMobile: true },
  { name: 'landscape phone 915×412', width: 915, height: 412, isMobile: true, fitOnly: true },
  { name: 'landscape phone 480×320', width: 480, height: 320, isMobile: true, fitOnly: true },
  { name: 'small phone 320×480', width: 320, height: 480, isMobile: true },
  { name: 'short laptop 1024×600', width: 1024, height: 600, isMobile: false },
  { name: 'phone 360×740', width: 360, height: 740, isMobile: true },
  { name: 'desktop 1440×900', width: 1440, height: 900, isMobile: false, behavesAs: 'short laptop 1024×600' },
] as const;

/** What the reader sees of a step and its graphic, in viewport px. */
interface ReadingView {
  layout: string;
  trigger: number;
  current?: string;
  text: Box;
  step: Box;
  sticky?: Box;
  graphic?: Box;
  height: number;
}
interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  height: number;
}

/**
 * Scrolls `stepId` onto the trigger line as a reader would leave it (and, when `by` is given, on by that many px),
 * or not at all when `by` is null), waits two animation frames for the engine, and says what the reader sees.
 */
function readStep(page: Page, stepId: string, by: number | null = 0): Promise<ReadingView> {
  return page.evaluate(
    async ([id, by]) => {
      const step = document.getElementById(id)!;
      if (by === 0) step.scrollIntoView({ block: 'start' });
      else if (by !== null) window.scrollBy({ top: by, behavior: 'instant' });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const story = step.closest('scrolly-story') as HTMLElement & { layout: string; triggerLine: number };
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
      };
      const sticky = story.querySelector('figure[data-chart]')!;
      const shown = (el: Element) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 1;
      const graphic =
        [...sticky.querySelectorAll('svg[data-size]')].find(shown) ??
        [...step.querySelectorAll('figure[data-snapshot] svg.frame')].find(shown);
      return {
        layout: story.layout,
        trigger: story.triggerLine,
        current: document.querySelector('[aria-current="step"]')?.id,
        text: box(step.querySelector('.step__text')!),
        step: box(step),
        sticky: shown(sticky) ? box(sticky) : undefined,
        graphic: graphic ? box(graphic) : undefined,
        height: innerHeight,
      };
    },
    [stepId, by] as const,
  );
}

/** How much of the graphic's height the reader sees: inside the viewport and not under the current step's card. */
function visibleGraphic(view: ReadingView): number {
  const g = view.graphic!;
  const overlapsStep = view.sticky && g.left < view.step.right && view.step.left < g.right;
  const bottom = Math.min(g.bottom, view.height, overlapsStep && view.step.top > g.top ? view.step.top : Infinity);
  return Math.max(0, bottom - Math.max(g.top, 0));
}

/** The first words of a step's text, from the built page (what a reader would search for). */
function phraseOf(stepId: string): string {
  const page = chapterPages().find((p) => p.$(`#${stepId}`).length > 0)!;
  return page.$(`#${stepId} .step__text p`).first().text().trim().split(/\s+/).slice(0, 5).join(' ');
}

describe.skipIf(browserSkipReason())('reading at every screen size, in Chromium', () => {
  const session = useBrowser();

  describe.each(viewports)('$name', (viewport) => {
    /** A behaviour's test, declared only where it can break: not at the `fitOnly` sizes, nor where another behaves alike. */
    const behaviour: typeof it = 'fitOnly' in viewport || 'behavesAs' in viewport ? ((() => undefined) as unknown as typeof it) : it;
    const options = {
      viewport: { width: viewport.width, height: viewport.height },
      isMobile: viewport.isMobile,
      hasTouch: viewport.isMobile,
    };

    // The layout is shared by every chapter; what a chart draws at each size is its own: so the chapter with the most
    // steps of each chart (every chapter's every step is read at phone size in every engine, test/engines/).
    it(`${viewport.name}, layout: every step of the busiest chapter of each chart can be read whole with its graphic in view, at legible size`, async () => {
      const page = await session.open('/', { ...options, reducedMotion: 'reduce' });
      for (const { path, steps } of busiestChapterPerChart) {
        await page.goto(session.origin() + path);
        await pageReady(page);
        for (const id of steps) {
          let view = await readStep(page, id);
          const at = `${path}#${id} (${view.layout})`;
          expect(view.current, `${at} is current once it reaches the trigger line`).toBe(id);
          if (view.layout === 'stacked') {
            expect(view.trigger, `${at}: trigger line below the graphic`).toBeGreaterThanOrEqual(view.sticky!.bottom);
            expect(view.text.top, `${at}: step text starts below the graphic`).toBeGreaterThanOrEqual(view.sticky!.bottom);
          }
          if (view.layout === 'side') {
            expect(view.sticky!.left, `${at}: graphic beside the steps`).toBeGreaterThanOrEqual(view.step.right);
            expect(view.graphic!.top, `${at}: graphic top on screen`).toBeGreaterThanOrEqual(0);
            expect(view.graphic!.bottom, `${at}: graphic bottom on screen`).toBeLessThanOrEqual(view.height);
          }
          if (view.text.bottom > view.height) {
            // A long step: the reader scrolls on until its last line shows; it stays current while they read it.
            view = await readStep(page, id, Math.ceil(view.text.bottom - view.height + 8));
            expect(view.current, `${at} is still current while its end is read`).toBe(id);
          }
          expect(view.text.top, `${at}: first line on screen`).toBeGreaterThanOrEqual(0);
          expect(view.text.bottom, `${at}: last line on screen`).toBeLessThanOrEqual(view.height);
          expect(visibleGraphic(view), `${at}: graphic partly in view`).toBeGreaterThanOrEqual(40);
          expect(await textProblems(page, id), `${at}: chart text`).toEqual([]);
        }
      }
      await page.context().close();
      // Every step of every chapter in one page: longer than one check, so it gets its own time limit.
    }, 180_000);

    behaviour(`${viewport.name}, clicks: clicking, selecting text and returning to the window never move the page`, async () => {
      // Reduced motion: frames land at once, and what is watched is the page's scroll position.
      const page = await session.open(busiest.path, { ...options, reducedMotion: 'reduce' });
      const id = busiest.steps[2]!;
      await scrollToStep(page, id);
      await expectShowsStep(page, id);
      await settled(page);
      const before = await page.evaluate(() => scrollY);
      const text = (await page.locator(`#${id} .step__text`).boundingBox())!;
      const y = Math.max(text.y, 0) + 8;
      await page.mouse.click(text.x + text.width / 2, y);
      expect(await page.evaluate(() => document.activeElement?.closest('[data-step]')?.id), 'the click focused the step').toBe(id);
      expect(await page.evaluate(() => scrollY), 'after a click').toBe(before);
      await page.mouse.move(text.x + 4, y);
      await page.mouse.down();
      await page.mouse.move(text.x + text.width - 4, y + 10, { steps: 5 });
      await page.mouse.up();
      expect(await page.evaluate(() => String(getSelection()).length), 'text was selected').toBeGreaterThan(0);
      expect(await page.evaluate(() => scrollY), 'after selecting text').toBe(before);
      // Read on, then leave the tab and come back: the browser refocuses the step clicked earlier.
      const later = busiest.steps[4]!;
      await scrollToStep(page, later);
      await expectShowsStep(page, later);
      const readingAt = await page.evaluate(() => scrollY);
      await page.evaluate(() => {
        window.dispatchEvent(new FocusEvent('blur'));
        window.dispatchEvent(new FocusEvent('focus'));
        document.activeElement?.dispatchEvent(new FocusEvent('focus'));
      });
      await settled(page);
      expect(await page.evaluate(() => scrollY), 'after returning to the window').toBe(readingAt);
      expect(await page.$eval('[aria-current="step"]', (el) => el.id)).toBe(later);
      // The keyboard still steps: Tab from the clicked step moves on until the next step is focused, and shows it.
      await page.focus(`#${id}`);
      const next = busiest.steps[3]!;
      for (let presses = 0; presses < 10 && (await page.evaluate(() => document.activeElement?.id)) !== next; presses++) {
        await page.keyboard.press('Tab');
      }
      await expectShowsStep(page, next);
      expect(await page.$eval('[aria-current="step"]', (el) => el.id)).toBe(next);
      await page.context().close();
    });

    behaviour(`${viewport.name}, find-in-page: a text fragment and a step link land in view, not under the graphic`, async () => {
      const id = busiest.steps[3]!;
      const phrase = phraseOf(id);
      const page = await session.open(`${busiest.path}#:~:text=${encodeURIComponent(phrase)}`, options);
      await page.waitForFunction(() => scrollY > 0, undefined, { polling: 50 });
      await settled(page);
      const match = await page.evaluate((text) => {
        const walker = document.createTreeWalker(document.querySelector('.scrolly')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(text.split(' ')[0]!);
          if (at < 0 || !node.parentElement!.closest('.step__text')) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.split(' ')[0]!.length);
          const r = range.getBoundingClientRect();
          const sticky = node.parentElement!.closest('scrolly-story')!.querySelector('figure[data-chart]')!;
          const covering = getComputedStyle(sticky).display !== 'none' ? sticky.getBoundingClientRect() : undefined;
          return {
            top: r.top,
            bottom: r.bottom,
            left: r.left,
            cover: covering && { bottom: covering.bottom, left: covering.left, right: covering.right },
          };
        }
        return undefined;
      }, phrase);
      expect(match, `"${phrase}" is on the page`).toBeDefined();
      expect(match!.bottom, 'match on screen').toBeLessThanOrEqual(viewport.height);
      expect(match!.top, 'match on screen').toBeGreaterThanOrEqual(0);
      if (match!.cover && match!.left >= match!.cover.left && match!.left < match!.cover.right) {
        expect(match!.top, 'match below the sticky graphic').toBeGreaterThanOrEqual(match!.cover.bottom);
      }
      await page.goto(`${session.origin()}${busiest.path}#${id}`);
      await expectShowsStep(page, id);
      const view = await readStep(page, id, null);
      expect(view.current).toBe(id);
      expect(view.text.top, 'linked step on screen').toBeGreaterThanOrEqual(view.layout === 'stacked' ? view.sticky!.bottom : 0);
      expect(view.text.top, 'linked step on screen').toBeLessThan(view.height - 40);
      await page.context().close();
    });

    behaviour(
      `${viewport.name}, hash: the URL names the shown step after a hash change mid-scroll, and a link to a data table's place is kept`,
      async () => {
        // With motion: the hash changes while a transition may still be running.
        const page = await session.open(busiest.path, { ...options, reducedMotion: 'no-preference' });
        const [a, b, c] = [busiest.steps[1]!, busiest.steps.at(-2)!, busiest.steps[2]!];
        await scrollToStep(page, b);
        await expectShowsStep(page, b);
        // Wheel up, then set another step's hash with no wait.
        await page.mouse.move(10, viewport.height / 2);
        await page.mouse.wheel(0, -600);
        await page.evaluate((id) => (location.hash = id), a);
        await settled(page);
        const shown = () =>
          page.evaluate(() => ({
            hash: decodeURIComponent(location.hash.slice(1)),
            figure: document
              .querySelector('[aria-current="step"]')
              ?.closest('scrolly-story')
              ?.querySelector('figure[data-chart]')
              ?.getAttribute('data-step-id'),
            current: document.querySelector('[aria-current="step"]')?.id,
          }));
        // Wherever the two scrolls leave the reader, the URL, the graphic and the current step agree.
        // (If the wheel carried the reader above the story, no step is current and the hash names none.)
        const after = await shown();
        if (after.current) {
          await expectShowsStep(page, after.current);
          expect(await shown()).toEqual({ hash: after.current, figure: after.current, current: after.current });
        } else {
          expect(after.hash).toBe('');
        }
        await page.evaluate((id) => (location.hash = `#${id}`), c);
        await expectShowsStep(page, c);
        await settled(page);
        expect(await shown()).toEqual({ hash: c, figure: c, current: c });
        // A link to a data table's place in the chapter (where an older link to the table lands) stays what it is, through loading and scrolling.
        const table = await page.$eval('.data-link', (d) => d.id);
        await page.goto(`${session.origin()}${busiest.path}#${table}`);
        await settled(page);
        await page.mouse.wheel(0, 60);
        await settled(page);
        expect(new URL(page.url()).hash).toBe(`#${table}`);
        await page.context().close();
      },
    );

    // Fades are the chart code's, the same at every size but for the drawing's two sizes (narrow and wide): checked at
    // one viewport of each (the settled graphic is compared with its snapshot at every size above, via expectShowsStep).
    if (viewport.name !== 'phone 360×740' && viewport.name !== 'desktop 1440×900') return;
    it(`${viewport.name}, transitions: leaving marks fade from where they are, and the settled graphic equals the step's snapshot`, async () => {
      const page = await session.open(busiest.path, { ...options, reducedMotion: 'no-preference' });
      // Each leaving mark of the graphic on screen: the opacity it shows when its step changes, and any frame on which
      // it is still on the page but already invisible (the old fault: it jumped to 0 at once and sat there for the whole
      // transition). A hidden graphic (the other size; both in the flow layout) takes its frame at once: any mark
      // it still holds that its frame lacks is a fault too.
      await page.evaluate(() => {
        const log = { leaving: [] as string[], invisible: [] as string[], hidden: [] as string[] };
        (window as unknown as { __fades: typeof log }).__fades = log;
        document.addEventListener('frame-applied', (event) => {
          const { stepId, duration } = (event as CustomEvent<{ stepId: string; duration: number }>).detail;
          if (duration === 0) return;
          const story = event.target as Element;
          for (const svg of story.querySelectorAll('figure[data-chart] svg[data-size]')) {
            const snapshot = document
              .getElementById(stepId)!
              .querySelector(`figure[data-snapshot] svg[data-size="${svg.getAttribute('data-size')}"]`)!;
            const staying = new Set(
              [...snapshot.querySelectorAll('[data-marks] > *')].map((m) => `${m.localName}:${m.getAttribute('data-key')}`),
            );
            const leaving = [...svg.querySelectorAll('[data-marks] > *')].filter(
              (m) => !staying.has(`${m.localName}:${m.getAttribute('data-key')}`),
            );
            if (svg.getBoundingClientRect().width === 0) {
              for (const m of leaving) log.hidden.push(`${m.getAttribute('data-key')} is still in the hidden graphic`);
              continue;
            }
            for (const m of leaving) log.leaving.push(`${m.getAttribute('data-key')} starts at ${m.getAttribute('opacity')}`);
            const watch = (frames: number) =>
              requestAnimationFrame(() => {
                for (const m of leaving)
                  if (m.isConnected && Number(m.getAttribute('opacity')) === 0) log.invisible.push(m.getAttribute('data-key')!);
                if (frames > 0) watch(frames - 1);
              });
            watch(3);
          }
        });
      });
      // Forward (marks enter) and back to the first step (marks leave).
      for (const id of [...busiest.steps.slice(1, 3), busiest.steps[0]!]) {
        await scrollToStep(page, id);
        await expectShowsStep(page, id);
      }
      const fades = await page.evaluate(
        () => (window as unknown as { __fades: { leaving: string[]; invisible: string[]; hidden: string[] } }).__fades,
      );
      const layout = await page.$eval('scrolly-story', (story) => (story as HTMLElement & { layout: string }).layout);
      // The flow layout shows each step's own snapshot and hides the live graphic: there is nothing to watch.
      if (layout === 'flow') expect(fades.leaving, 'marks fading in a hidden graphic').toEqual([]);
      else expect(fades.leaving.length, 'some marks left').toBeGreaterThan(0);
      expect(fades.hidden, 'a hidden graphic takes its frame at once').toEqual([]);
      expect(
        fades.leaving.filter((l) => !/ starts at (1|0?\.\d+)$/.test(l)),
        'each leaving mark starts from the opacity it shows',
      ).toEqual([]);
      expect(fades.invisible, 'no leaving mark is invisible while still on the page').toEqual([]);
      await page.context().close();
    });
  });

  it('logged no console errors or warnings, made no request to another origin and broke no CSP rule', () => {
    expect(session.problems, session.problems.join('\n')).toEqual([]);
  });
});

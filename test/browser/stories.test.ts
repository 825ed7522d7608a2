import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser-session.ts';
import { browserSkipReason } from '../helpers/chromium.ts';
import { severalStories, severalStoriesAddress, severalStoriesSite } from '../helpers/several-stories-site.ts';
import { appliedFrames, expectShowsStep, pageReady, scrollToStep, settled } from '../helpers/story-page.ts';

/** The sixth chapter of several stories (test/helpers/several-stories-site.ts): its first two, on two charts, are read here. */
const { path, first, second, stories } = severalStories;
const phone = { width: 360, height: 740 };
const desktop = { width: 1440, height: 900 };

/** Every step marked current on the page, and the hash. */
const state = (page: Page) =>
  page.evaluate(() => ({
    current: [...document.querySelectorAll('[aria-current="step"]')].map((el) => el.id),
    hash: decodeURIComponent(location.hash.slice(1)),
  }));

describe.skipIf(browserSkipReason())('a chapter with several stories, in Chromium', () => {
  const session = useBrowser(() => severalStoriesSite().dist, severalStoriesAddress.base);

  describe.each([
    ['phone 360×740', phone],
    ['desktop 1440×900', desktop],
  ] as const)('%s', (name, viewport) => {
    it(`${name}: exactly one step is current, the one at the trigger line; a story out of view holds none`, async () => {
      const page = await session.open(path, { viewport, reducedMotion: 'reduce' });
      expect((await state(page)).current, 'above both stories').toEqual([]);
      for (const id of [...first, ...second, ...[...first].reverse()]) {
        await scrollToStep(page, id);
        await expectShowsStep(page, id);
        await settled(page);
        expect(await state(page), `at ${id}`).toEqual({ current: [id], hash: id });
      }
      await page.evaluate(() => document.querySelector('h2')!.scrollIntoView({ block: 'center' }));
      await settled(page);
      expect(await state(page), 'in the prose between the stories').toEqual({ current: [], hash: '' });
      await page.context().close();
    });

    it(`${name}: a deep link into the second story shows its step; the first story takes no current step and animates nothing`, async () => {
      // With motion allowed: the first story, out of view, still takes its frame at once.
      const page = await session.open(`${path}#${second[1]}`, { viewport, reducedMotion: 'no-preference' });
      await expectShowsStep(page, second[1]!);
      await settled(page);
      expect(await state(page)).toEqual({ current: [second[1]], hash: second[1] });
      // The first story may get its graphic ready (it is near), but at once and without taking the current step.
      const elsewhere = (await appliedFrames(page)).filter((f) => first.includes(f.stepId));
      expect(elsewhere.length).toBeLessThanOrEqual(1);
      expect(elsewhere.every((f) => f.duration === 0)).toBe(true);
      await page.context().close();
    });

    it(`${name}: every story has its wide frames where its graphic is wide, from the one file they share, each drawing what it refers to`, async () => {
      const page = await session.open(path, { viewport, reducedMotion: 'reduce' });
      const asked: string[] = [];
      page.on('request', (request) => void (/\/wide-frames\.\w+\.svg$/.test(request.url()) && asked.push(request.url())));
      await page.reload();
      const wide = viewport.width >= 640;
      await page.waitForFunction(
        (fetches) =>
          document.querySelectorAll('scrolly-story:not([data-live])').length === 0 &&
          (!fetches || !document.querySelector('scrolly-story[data-frames]')),
        wide,
      );
      const placed = await page.evaluate(() => ({
        sizes: [...document.querySelectorAll('scrolly-story [data-step]')].map((step) =>
          [...step.querySelectorAll('figure[data-snapshot] svg[data-size]')].map((svg) => svg.getAttribute('data-size')).join(' '),
        ),
        live: [...document.querySelectorAll('scrolly-story figure[data-chart]')].map((f) => f.querySelectorAll('svg[data-size]').length),
        // Every <use> draws an element of the page, and no id is there twice.
        unresolved: [...document.querySelectorAll('use')]
          .map((use) => use.getAttribute('href')!)
          .filter((href) => !document.getElementById(href.slice(1))),
        ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
      }));
      expect(new Set(placed.ids).size, 'ids used once').toBe(placed.ids.length);
      expect(placed.unresolved).toEqual([]);
      if (!wide) {
        // A phone asks for no wide frame.
        expect(asked).toEqual([]);
        expect(new Set(placed.sizes)).toEqual(new Set(['narrow']));
      } else {
        expect(asked).toHaveLength(1);
        expect(new Set(placed.sizes)).toEqual(new Set(['narrow wide']));
        expect(new Set(placed.live)).toEqual(new Set([2]));
      }
      await page.context().close();
    });

    it(`${name}: the keyboard goes from the first story into the second, and Back leaves the chapter`, async () => {
      const page = await session.open('/', { viewport });
      await page.goto(session.origin() + path);
      await pageReady(page);
      await page.focus(`#${first[0]}`);
      for (const id of [first[1]!, second[0]!, second[1]!]) {
        for (let presses = 0; presses < 15 && (await page.evaluate(() => document.activeElement?.id)) !== id; presses++) {
          await page.keyboard.press('Tab');
        }
        expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
        await expectShowsStep(page, id);
        await settled(page);
        expect((await state(page)).current).toEqual([id]);
      }
      await page.goBack();
      expect(new URL(page.url()).pathname).toBe(severalStoriesAddress.base);
      await page.context().close();
    });

    it(`${name}: under reduced motion each story's frames land at once, and each story links its own data table`, async () => {
      const page = await session.open(path, { viewport, reducedMotion: 'reduce' });
      for (const id of [...first, ...second]) {
        await scrollToStep(page, id);
        await expectShowsStep(page, id);
      }
      const applied = await appliedFrames(page);
      expect(applied.every((f) => f.duration === 0)).toBe(true);
      expect(applied.map((f) => f.stepId).filter((id) => first.includes(id))).toEqual(first);
      expect(applied.map((f) => f.stepId).filter((id) => second.includes(id))).toEqual(second);
      const tables = await page.$$eval('.data-link', (els) => els.map((el) => el.id));
      expect(tables).toHaveLength(stories);
      expect(new Set(tables).size).toBe(stories);
      for (const table of tables) {
        await page.goto(`${session.origin()}${path}#${table}`);
        await settled(page);
        expect(new URL(page.url()).hash, `a link to ${table} is kept`).toBe(`#${table}`);
        expect((await state(page)).current, `at ${table}`).toEqual([]);
      }
      await page.context().close();
    });
  });

  it('logged no console errors or warnings, made no request to another origin and broke no CSP rule', () => {
    expect(session.problems, session.problems.join('\n')).toEqual([]);
  });
});

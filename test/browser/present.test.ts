import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser-session.ts';
import { builtChapters, builtRussianChapters } from '../helpers/chapters-in-dist.ts';
import { browserSkipReason } from '../helpers/chromium.ts';

/** A projector's screens: what every slide of every chapter must fit, text and graphic, with and without the text. */
const screens = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

const presentation = (path: string) => path.replace('/chapters/', '/present/');

/** What a reader of each slide would see cut off: any slide taller than the screen, or text or graphic outside it. */
function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const screen = { width: innerWidth, height: innerHeight };
    for (const slide of document.querySelectorAll<HTMLElement>('[data-slide]')) {
      const box = slide.getBoundingClientRect();
      if (Math.round(box.height) !== screen.height) found.push(`${slide.id}: ${box.height} px tall`);
      const parts = slide.querySelectorAll<Element>('.slide__text > *, .slide__caption, svg.frame, .slide__cover > *, .slide__qr');
      for (const part of parts) {
        if (part.getClientRects().length === 0) continue; // not drawn (inside the hidden text)
        const r = part.getBoundingClientRect();
        if (r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.left < -1 || r.right > screen.width + 1) {
          found.push(
            `${slide.id}: ${part.tagName.toLowerCase()}.${part.getAttribute('class')} ends at ${Math.round(r.bottom - box.top)} of ${screen.height}`,
          );
        }
      }
    }
    return found;
  });
}

describe.skipIf(browserSkipReason())('presentation mode, in Chromium', () => {
  const session = useBrowser();

  // Both editions: a Russian step runs longer than its English twin, and its slide sets it smaller to fit.
  it.each(screens)(
    'every slide of every chapter of both editions fits $width×$height, as text and graphic and as the graphic alone',
    async (viewport) => {
      const page = await session.open(presentation(builtChapters[0]!.path), { viewport });
      for (const chapter of [...builtChapters, ...builtRussianChapters]) {
        await page.goto(`${session.origin()}${presentation(chapter.path)}`);
        const slides = await page.$$eval('[data-slide]', (all) => all.map((s) => s.id));
        expect(slides, 'a title slide, one slide per step in order, an end slide').toEqual(['title', ...chapter.steps, 'end']);
        expect(await overflow(page), `${chapter.path} with its text`).toEqual([]);
        await page.locator('#chart-only').check();
        expect(await page.locator('.slide__text').first().isVisible()).toBe(false);
        expect(await overflow(page), `${chapter.path}, charts only`).toEqual([]);
        // The graphic alone gets the whole slide's width.
        const graphic = await page.locator(`#${chapter.steps[0]} svg.frame:visible`).boundingBox();
        expect(graphic!.width, 'the chart spans the slide').toBeGreaterThan(viewport.width * 0.8);
      }
      expect(session.problems).toEqual([]);
    },
  );

  it('keys step through the slides, the address and the link to the Russian slides follow, and C shows the charts alone', async () => {
    const { path, steps } = builtChapters[0]!;
    const page = await session.open(presentation(path), { viewport: screens[0] });
    const hash = () => page.evaluate(() => decodeURIComponent(location.hash.slice(1)));
    const atTop = () =>
      page.evaluate(() => [...document.querySelectorAll('[data-slide]')].find((s) => Math.abs(s.getBoundingClientRect().top) < 2)?.id);
    for (const [key, expected] of [
      ['ArrowRight', steps[0]],
      ['Space', steps[1] ?? 'end'],
      ['ArrowLeft', steps[0]],
      ['End', 'end'],
      ['PageDown', 'end'],
      ['Home', 'title'],
    ] as const) {
      await page.keyboard.press(key);
      await expect.poll(atTop, { message: key }).toBe(expected);
      expect(await hash()).toBe(expected);
      // The link to the other edition's slides opens on the same one.
      expect(await page.locator('a.language-link').getAttribute('href'), key).toMatch(new RegExp(`/ru/present/[^#]+#${expected}$`));
    }
    await page.keyboard.press('c');
    expect(await page.locator('#chart-only').isChecked()).toBe(true);
    // A fresh load of a slide's address opens on it.
    await page.goto(`${session.origin()}${presentation(path)}#${steps.at(-1)}`);
    await expect.poll(atTop).toBe(steps.at(-1));
    expect(session.problems).toEqual([]);
    await page.context().close();
  });
});

import { describe, expect, it } from 'vitest';
import { busiestChapter } from '../helpers/chapters-in-dist.ts';
import { useBrowser } from '../helpers/browser-session.ts';
import { browserSkipReason } from '../helpers/chromium.ts';

describe.skipIf(browserSkipReason())('the other language, in Chromium', () => {
  const session = useBrowser();

  it('opens at the step the reader was on, in Russian, set in a face with Cyrillic', async () => {
    const step = busiestChapter.steps[3]!;
    const page = await session.open(`${busiestChapter.path}#${step}`, { viewport: { width: 1280, height: 800 } });
    await expect.poll(() => page.locator('[aria-current="step"]').getAttribute('id')).toBe(step);
    // Further on, the scrolly keeps the address on the step read now, and the link follows it.
    const next = busiestChapter.steps[4]!;
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'center' }), next);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${next}`);
    // The reader goes back up to the header, past the first step: the address names no step, the link still does.
    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    expect(await page.locator('a.language-link').getAttribute('href')).toMatch(new RegExp(`/ru${busiestChapter.path}#${next}$`));
    await page.locator('a.language-link').click();
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe(`/ru${busiestChapter.path}#${next}`);
    await expect.poll(() => page.locator('[aria-current="step"]').getAttribute('id')).toBe(next);
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.step__text p')!).fontFamily)).toMatch(/^"PT Serif"/);
    expect(session.problems).toEqual([]);
    await page.context().close();
  });
});

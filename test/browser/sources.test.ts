import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser-session.ts';
import { browserSkipReason } from '../helpers/chromium.ts';

describe.skipIf(browserSkipReason())('source titles in their own language, in Chromium', () => {
  const session = useBrowser();

  it('sets a Russian title in one stack that holds Cyrillic and Latin, and the others in the body stack', async () => {
    const page = await session.open('/sources/', { viewport: { width: 1280, height: 800 } });
    const titles = await page.$$eval('.source cite', (cites) =>
      cites.map((cite) => ({
        text: cite.textContent ?? '',
        lang: cite.closest('[lang]')!.getAttribute('lang'),
        font: getComputedStyle(cite).fontFamily,
      })),
    );
    const cyrillic = titles.filter((title) => /[\u0400-\u04ff]/.test(title.text));
    expect(cyrillic.length, 'Russian titles on the page').toBeGreaterThan(0);
    for (const title of cyrillic) {
      expect(title.lang, title.text).toBe('ru');
      // Charter has no Cyrillic: a Russian title would otherwise mix two typefaces.
      expect(title.font, title.text).toMatch(/^"PT Serif"/);
    }
    for (const title of titles.filter((t) => t.lang === 'en')) expect(title.font, title.text).toMatch(/^Charter/);
    expect(session.problems).toEqual([]);
    await page.context().close();
  });
});

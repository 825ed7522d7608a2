import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { singleFilePath } from '../../src/build/single/single-file-path.ts';
import { locales } from '../../src/core/locale.ts';
import { snapshotsShown } from '../engines/in-page.ts';
import { builtChapters } from '../helpers/chapters-in-dist.ts';
import { browserSkipReason, sharedChromium } from '../helpers/chromium.ts';
import { builtSiteRoot } from '../helpers/dist.ts';
import { speedUpClock, walkClockRate } from '../helpers/fast-clock.ts';
import { distDir } from '../helpers/paths.ts';
import { pageReady, stepsShownByLink } from '../helpers/story-page.ts';

/**
 * The English single-file edition (issue 26), opened from disk in Chromium as a reader who was sent it would open it:
 * it asks for nothing but itself, breaks no rule of its policy and logs no error while its stories run; its links
 * between chapters stay in the file; a step's "copy link" gives the step's published address, not the file's; and
 * each chart's data downloads from the file itself. In both languages, every step shows by its link, and without
 * JavaScript every step shows its snapshot. Firefox reads the English file too, by link and by a steady scroll
 * (test/engines/reading-suite.ts).
 */
describe.skipIf(browserSkipReason())('the single-file edition, opened from disk in Chromium', () => {
  it('asks for nothing but itself, logs no error, keeps its links inside, copies a step’s published address and downloads its data', async () => {
    const file = pathToFileURL(join(distDir, singleFilePath('en'))).href;
    const context = await (await sharedChromium()).newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => void (['error', 'warning'].includes(message.type()) && problems.push(message.text())));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => void (request.url() !== file && problems.push(`asked for ${request.url()}`)));
    await page.addInitScript(() => {
      const seen = ((window as unknown as { __seen: string[] }).__seen = [] as string[]);
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
      const copied = async (text: string) => void seen.push(`copied ${text}`);
      Object.defineProperty(navigator, 'clipboard', {
        value: {
          writeText: copied,
          write: async ([item]: ClipboardItem[]) => copied(await (await item!.getType('text/plain')).text()),
        },
      });
    });
    await page.goto(file);
    await page.waitForFunction(() => customElements.get('scrolly-story') && document.querySelector('scrolly-story[data-live]'));

    // The home section's list leads to the chapter in the file.
    const [first] = builtChapters;
    const slug = first!.path.split('/').at(-2)!;
    await page.click(`#contents a[href="#${slug}"]`);
    await page.waitForFunction((id) => location.hash === `#${id}`, slug);
    expect(page.url()).toBe(`${file}#${slug}`);

    const step = first!.steps[0]!;
    await page.click(`#${step} [data-copy-link]`);
    await page.waitForFunction(() => (window as unknown as { __seen: string[] }).__seen.some((line) => line.startsWith('copied')));

    const downloaded = page.waitForEvent('download');
    await page.click('#colophon a[download]:first-of-type');
    const download = await downloaded;
    const bytes = readFileSync((await download.path())!);
    expect(bytes.equals(readFileSync(join(distDir, 'downloads/data', download.suggestedFilename())))).toBe(true);

    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen).toEqual([`copied ${builtSiteRoot()}${first!.path}#${step}`]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each(locales)('%s: every step shows by its link, and without JavaScript every step shows its snapshot', async (locale) => {
    const file = pathToFileURL(join(distDir, singleFilePath(locale))).href;
    const context = await (await sharedChromium()).newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(file);
    await pageReady(page);
    // Each move of the graphic runs to its end in two frames (test/helpers/fast-clock.ts), as in the engines' walk.
    // (Functions, not strings, run here: the file's policy allows no eval, which a string would need.)
    await page.evaluate(speedUpClock, walkClockRate);
    const steps = builtChapters.flatMap((chapter) => chapter.steps);
    const inFile = await page.$$eval('[data-step]', (els) => els.map((el) => el.id));
    expect([...inFile].sort()).toEqual([...steps].sort());
    expect(await stepsShownByLink(page, inFile)).toEqual(inFile);
    await context.close();
    const still = await (await sharedChromium()).newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const flat = await still.newPage();
    await flat.goto(file);
    const shown = await flat.evaluate(snapshotsShown);
    expect(shown).toEqual({ scripting: false, liveShown: false, steps: Object.fromEntries(inFile.map((id) => [id, 1])) });
    await still.close();
  });
});

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type DistServer } from '../../scripts/serve-dist.mjs';
import { useBrowser } from '../helpers/browser-session.ts';
import { builtChapters } from '../helpers/chapters-in-dist.ts';
import { builtSiteRoot } from '../helpers/dist.ts';
import { browserSkipReason, sharedChromium } from '../helpers/chromium.ts';
import { distDir } from '../helpers/paths.ts';

/** Where the site says it lives (SITE_URL at build, or the preview's address); embed codes and citations carry it. */
const canonical = builtSiteRoot();
/** Chapters in story order, by the number in their kicker ("Chapter 2 of 5"). */
const chapterNumber = (path: string) => Number(/Chapter (\d+) of/.exec(readFileSync(join(distDir, path, 'index.html'), 'utf8'))![1]);
const inOrder = [...builtChapters].sort((a, b) => chapterNumber(a.path) - chapterNumber(b.path));
const chapter2 = inOrder[1]!;
const step3 = chapter2.steps[2]!;
const noScript = { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } } as const;

async function download(page: Page, selector: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), body: readFileSync(path) };
}

describe.skipIf(browserSkipReason())('the educators’ kit, in Chromium', () => {
  const session = useBrowser();

  describe('from the educators’ page, without JavaScript', () => {
    async function openStep3(): Promise<Page> {
      const page = await session.open('/educators/', noScript);
      const slug = chapter2.path.split('/')[2]!;
      await page.locator(`#chapter-${slug} ~ details.kit-steps > summary`).click();
      await expect.poll(() => page.locator(`#kit-${step3}`).isVisible()).toBe(true);
      return page;
    }

    it('a teacher finds the embed code of step 3 of chapter 2, and it points at that step’s embed page', async () => {
      const page = await openStep3();
      const snippet = await page.locator(`#kit-${step3} [data-embed-snippet]`).innerText();
      expect(snippet).toMatch(new RegExp(`^<iframe src="${canonical}/embed/${step3}/" title="[^"]+"`));
      expect(snippet).toMatch(/height:\d+px;/);
      const embed = await session.open(new URL(/src="([^"]+)"/.exec(snippet)![1]!).pathname, noScript);
      expect(await embed.locator('figcaption').innerText()).toBe(
        (await page.locator(`#kit-${step3} .muted`).innerText()).replace(/^Graphic: /, ''),
      );
      await page.context().close();
      await embed.context().close();
    });

    it('downloads its PNG (≥ 1,200 px wide), SVG and CSV', async () => {
      const page = await openStep3();
      const png = await download(page, `#kit-${step3} a[href$="/${step3}.png"]`);
      expect(png.name).toBe(`${step3}.png`);
      expect((await sharp(png.body).metadata()).width).toBeGreaterThanOrEqual(1200);
      const svg = await download(page, `#kit-${step3} a[href$=".svg"]`);
      expect(svg.body.toString('utf8')).toContain(`${canonical}${chapter2.path}#${step3}`);
      const csv = await download(page, `#kit-${step3} a[href$=".csv"]`);
      expect(csv.name).toMatch(/\.csv$/);
      expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.body.toString('utf8')).toContain('"source_url"');
      await page.context().close();
    });

    it('selects its APA citation: the graphic’s own title, the day the chapter was last updated, the step’s address', async () => {
      const page = await openStep3();
      const apa = page.locator(`#kit-${step3} dt:text-is("APA") + dd`);
      await apa.selectText();
      const selected = await page.evaluate(() => getSelection()!.toString());
      expect(selected).toMatch(/ \(\d{4}, \w+ \d{1,2}\)\. .+ \[Chart\]\. /);
      expect(selected).not.toMatch(/step 3|Current to/i);
      expect(selected.endsWith(`${canonical}${chapter2.path}#${step3}`)).toBe(true);
      await page.context().close();
    });
  });

  describe('on a chapter, with JavaScript', () => {
    it('“Copy link” copies the page’s own address with the step’s hash; the step’s kit link opens its entry, whose “Copy” copies a citation with its italics and today’s date', async () => {
      const page = await session.open(chapter2.path, { viewport: { width: 1280, height: 900 } });
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.origin() });
      const clipboard = () =>
        page.evaluate(async () => {
          const [item] = await navigator.clipboard.read();
          const html = item!.types.includes('text/html') ? await (await item!.getType('text/html')).text() : '';
          return { text: await (await item!.getType('text/plain')).text(), html };
        });
      // The local server's address, not the canonical one the build printed: a mirror copies its own links.
      await page.waitForFunction(() => customElements.get('scrolly-story'));
      await page.locator(`#${step3} a[data-copy-link]`).scrollIntoViewIfNeeded();
      await page.locator(`#${step3} a[data-copy-link]`).click();
      await expect.poll(() => page.locator(`#${step3} .copy-text__status`).first().innerText()).toBe('Link copied');
      expect((await clipboard()).text).toBe(`${session.origin()}${chapter2.path}#${step3}`);

      // "Embed, download or cite this graphic" leads to the step's entry in the educators' kit, unfolded.
      await page.locator(`#${step3} .step-share__more a`).click();
      await page.waitForURL(`**/educators/#kit-${step3}`);
      const entry = page.locator(`#kit-${step3}`);
      await expect.poll(() => entry.isVisible()).toBe(true);
      const [year, month, day] = await page.evaluate(() => [new Date().getFullYear(), new Date().getMonth(), new Date().getDate()]);
      const mlaMonths = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'];
      await entry.getByRole('button', { name: 'Copy MLA citation of this graphic' }).click();
      await expect.poll(async () => (await clipboard()).text).toMatch(/^“.+\.” Chart\. /);
      const mla = await clipboard();
      expect(mla.text.endsWith(`#${step3}. Accessed ${day} ${mlaMonths[month!]} ${year}.`)).toBe(true);
      expect(mla.html).toMatch(/<i>Russia’s Digital Sovereignty, Explained<\/i>/);
      expect(mla.html).not.toContain('[date]');
      // The page itself keeps the placeholder, for the next copy and for print.
      expect(await entry.locator('dt:text-is("MLA") + dd').innerText()).toContain('Accessed [date].');
      await page.context().close();
    });

    it('in the Russian edition, the step’s kit link opens its entry, where “Копировать” puts today’s date in a ГОСТ citation that shows “[дата]”', async () => {
      const page = await session.open(`/ru${chapter2.path}`, { viewport: { width: 1280, height: 900 } });
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.origin() });
      await page.locator(`#${step3} .step-share__more a`).click();
      await page.waitForURL(`**/ru/educators/#kit-${step3}`);
      const gost = page.locator(`#kit-${step3} dt:text-is("ГОСТ") + dd`);
      await expect.poll(() => gost.innerText()).toContain('(дата обращения: [дата]).');
      await gost.getByRole('button').click();
      const today = await page.evaluate(() => new Date().toLocaleDateString('ru'));
      await expect
        .poll(() => page.evaluate(async () => (await (await navigator.clipboard.read())[0]!.getType('text/plain')).text()))
        .toContain(`(дата обращения: ${today}).`);
      // The page itself keeps the placeholder, for the next copy and for print.
      expect(await gost.innerText()).toContain('(дата обращения: [дата]).');
      await page.context().close();
    });

    it('without JavaScript, “Copy link to this step” is a plain link to the step', async () => {
      const page = await session.open(chapter2.path, noScript);
      await page.locator(`#${step3} a[data-copy-link]`).click();
      expect(new URL(page.url()).hash).toBe(`#${step3}`);
      expect(await page.locator(`#${step3} button`).count()).toBe(0);
      await page.context().close();
    });
  });

  describe('an embed page', () => {
    it.each([
      ['light', 280],
      ['dark', 280],
      ['light', 700],
      ['dark', 1024],
    ] as const)(
      'works without JavaScript in %s mode at %i px: graphic, caption and credit visible, no sideways scroll',
      async (scheme, width) => {
        const page = await session.open(`/embed/${step3}/`, {
          javaScriptEnabled: false,
          colorScheme: scheme,
          viewport: { width, height: 640 },
        });
        const visible = await page
          .locator('svg.frame')
          .evaluateAll((svgs) => svgs.filter((s) => s.getBoundingClientRect().width > 0).length);
        expect(visible).toBe(1);
        for (const text of ['figcaption', '.embed__credit', 'text=CC BY 4.0'])
          expect(await page.locator(text).first().isVisible()).toBe(true);
        // The title shows once, drawn by the frame; the h1 is there for assistive technology only.
        expect((await page.locator('h1').boundingBox())!.height).toBeLessThanOrEqual(1);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
        await page.context().close();
      },
    );

    it('made no request to any other origin, logged no error and broke no Content-Security-Policy', () => {
      expect(session.problems, session.problems.join('\n')).toEqual([]);
    });
  });
});

describe.skipIf(browserSkipReason())('framing by another site, with the headers of public/_headers', () => {
  let browser: Browser;
  let site: DistServer;
  let host: DistServer;
  let hostDir: string;

  beforeAll(async () => {
    site = await serveDist(distDir);
    browser = await sharedChromium();
    const snippet = readFileSync(join(distDir, 'educators/index.html'), 'utf8');
    const code = new RegExp(`id="kit-${step3}"[\\s\\S]*?data-embed-snippet>([^<]+)<`).exec(snippet)![1]!;
    const iframe = code
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&')
      .replaceAll(canonical, site.origin);
    hostDir = mkdtempSync(join(tmpdir(), 'embed-host-'));
    mkdirSync(join(hostDir, 'lesson'));
    writeFileSync(
      join(hostDir, 'lesson', 'index.html'),
      `<!doctype html><html lang="en"><title>A teacher's page</title><h1>Lesson</h1>${iframe}<iframe id="chapter" title="chapter" src="${site.origin}${chapter2.path}"></iframe>`,
    );
    // The host is another origin: its own server, on its own port.
    host = await serveDist(hostDir);
  });

  afterAll(async () => {
    await host?.close();
    rmSync(hostDir, { recursive: true, force: true });
    await site?.close();
  });

  it('another site can frame a step’s embed page, but no other page', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });

    await page.goto(`${host.origin}/lesson/`);
    const embed = page.frameLocator(`iframe[src$="/embed/${step3}/"]`);
    await expect.poll(() => embed.locator('figcaption').count()).toBe(1);
    expect(await embed.locator('svg.frame').first().count()).toBe(1);
    const box = await page.locator(`iframe[src$="/embed/${step3}/"]`).boundingBox();
    expect(box!.height).toBeGreaterThan(box!.width / 2);
    // The chapter's frame-ancestors 'none' makes Chromium replace it with its error page.
    const chapterFrame = await (await page.locator('#chapter').elementHandle())!.contentFrame();
    await expect.poll(() => chapterFrame!.url()).toBe('chrome-error://chromewebdata/');
    expect(await page.frameLocator('#chapter').locator('main').count()).toBe(0);
    await page.close();
  });
});

import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type DistServer } from '../../scripts/serve-dist.mjs';
import { useBrowser } from '../helpers/browser-session.ts';
import { builtSiteRoot } from '../helpers/dist.ts';
import { previewAddress } from '../../src/build/site/site-address.ts';
import { browserSkipReason } from '../helpers/chromium.ts';
import { pdfPageTexts } from '../helpers/pdf-text.ts';

/**
 * Issue 24's teacher, in one walk: a site built without SITE_URL, then, from the educators' page alone and without
 * JavaScript, a chapter's lesson plan, exit quiz, glossary, reference files, handout and one embed code pasted into a
 * narrow page of another site. Each of these is checked in full elsewhere (every embed at every width in
 * embeds.test.ts, every handout in handout.test.ts, every reference file in test/site/citations.test.ts); here they
 * are reached as a teacher reaches them, by following the page's own links.
 */
const noScript = { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } } as const;
/** Where this build says it lives, without a trailing slash: with no SITE_URL, the address `npm start` serves it at. */
const root = builtSiteRoot();

describe.skipIf(browserSkipReason())('a teacher prepares a class from the educators’ page, in Chromium', () => {
  const session = useBrowser();
  let page: Page;
  let host: DistServer;
  let hostDir: string;

  beforeAll(async () => {
    page = await session.open('/educators/', noScript);
    hostDir = mkdtempSync(join(tmpdir(), 'teacher-host-'));
  });

  afterAll(async () => {
    await page?.context().close();
    await host?.close();
    rmSync(hostDir, { recursive: true, force: true });
  });

  /** Follows the link named `name` inside `scope`, as a click does, and returns to the educators' page afterwards. */
  async function follow(name: string | RegExp, scope = 'main'): Promise<void> {
    await page.goto(`${session.origin()}/educators/`);
    await page
      .locator(scope)
      .getByRole('link', { name, exact: typeof name === 'string' })
      .first()
      .click();
    await page.waitForLoadState();
  }

  it('copies addresses and embed codes that lead to the site as built without SITE_URL, never to a placeholder domain', async () => {
    // The whole of dist/ is searched for a placeholder domain in test/site/site-address.test.ts.
    expect(`${root}/`).toBe(previewAddress);
    const copied = await page.locator('code').allTextContents();
    expect(copied.length).toBeGreaterThan(10);
    for (const text of copied) {
      expect(text).not.toMatch(/example\.(org|com|net)/);
      for (const [address] of text.matchAll(/https?:\/\/[^\s"<>]+/g)) expect(address.startsWith(`${root}/`), address).toBe(true);
    }
  });

  it('opens the lesson plan, with its timings, from the educators’ page', async () => {
    await follow('lesson plan');
    expect(new URL(page.url()).pathname).toBe('/educators/lesson/');
    const text = await page.locator('main').innerText();
    for (const part of ['45-minute', 'Warm-up', 'Exit ticket', 'Teacher notes', 'Exit quizzes']) expect(text).toContain(part);
  });

  it('opens chapter 2’s exit quiz and its printable sheet', async () => {
    await follow('Exit quiz and answers', 'section.kit-chapter >> nth=1');
    const { hash } = new URL(page.url());
    const slug = hash.replace(/^#quiz-/, '');
    expect(hash).toMatch(/^#quiz-[a-z-]+$/);
    await page.locator(`a[data-quiz-sheet][href$="/quiz/${slug}/"]`).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe(`/educators/quiz/${slug}/`);
    expect(await page.locator('#questions + ol > li').count()).toBeGreaterThanOrEqual(3);
  });

  it('opens the glossary, where TSPU and deep packet inspection are defined with their sources', async () => {
    await follow('glossary');
    expect(new URL(page.url()).pathname).toBe('/glossary/');
    const text = await page.locator('main').innerText();
    for (const term of ['TSPU', 'Deep packet inspection', 'Roskomnadzor', 'Yarovaya']) expect(text).toContain(term);
    for (const id of ['tspu', 'dpi'])
      expect(await page.locator(`#${id} .glossary__sources a[href^="http"]`).count(), id).toBeGreaterThan(0);
  });

  it('downloads chapter 2’s BibTeX and RIS, which a reference manager reads as the chapter at its address', async () => {
    await page.goto(`${session.origin()}/educators/`);
    const chapter = page.locator('section.kit-chapter').nth(1);
    const title = (await chapter.locator('h2').innerText()).replace(/^Chapter \d+: /, '');
    for (const format of ['BibTeX', 'RIS']) {
      const href = await chapter.getByRole('link', { name: format, exact: true }).getAttribute('href');
      const file = await (await page.request.get(`${session.origin()}${href}`)).text();
      const [item] = new Cite(file).data as { title: string; URL: string; publisher?: string }[];
      expect(item!.title, format).toBe(title);
      expect(item!.URL, format).toMatch(new RegExp(`^${root}/chapters/[a-z-]+/$`));
    }
  });

  it('prints chapter 2’s handout on two pages of A4', async () => {
    await follow('Print handout', 'section.kit-chapter >> nth=1');
    const pages = await pdfPageTexts(new Uint8Array(await page.pdf({ format: 'A4' })));
    expect(pages.length).toBeLessThanOrEqual(2);
    expect(pages[0]).toContain('Learning objectives');
  });

  it('pastes a step’s embed code, without its script, into a 320 px page of another site, where its credit shows', async () => {
    await page.goto(`${session.origin()}/educators/`);
    const code = await page.locator('[data-embed-snippet]').nth(4).textContent();
    const iframe = code!.replace(/<script[^>]*><\/script>$/, '').replaceAll(root, session.origin());
    writeFileSync(
      join(hostDir, 'index.html'),
      `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width"><title>Class</title>${iframe}`,
    );
    host = await serveDist(hostDir);
    const phone = await page.context().newPage();
    await phone.setViewportSize({ width: 320, height: 640 });
    await phone.goto(`${host.origin}/`);
    const frame = phone.frameLocator('iframe');
    const credit = frame.locator('.embed__credit');
    await credit.waitFor();
    const [box, creditBox] = [await phone.locator('iframe').boundingBox(), await credit.boundingBox()];
    // The frame's own coordinates: the credit ends inside the height the code gave the frame.
    const bottom = await credit.evaluate((el) => el.getBoundingClientRect().bottom + scrollY);
    expect(creditBox!.height).toBeGreaterThan(0);
    expect(bottom).toBeLessThanOrEqual(box!.height);
    await phone.close();
  });

  it('made no request to any other origin, logged no error and broke no Content-Security-Policy', () => {
    // The class's own page is another site's, on purpose: the educators' page never asked for it.
    const problems = session.problems.filter((p) => !p.includes(`request to another origin: ${host.origin}/`));
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser-session.ts';
import { browserSkipReason } from '../helpers/chromium.ts';
import { pdfPageTexts } from '../helpers/pdf-text.ts';

/** Text as a PDF gives it back: ligatures split, lines broken anywhere; compare with all whitespace removed. */
const squash = (text: string) => text.normalize('NFKC').replace(/[\s\u00ad]+/g, '');
const noScript = { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } } as const;

describe.skipIf(browserSkipReason())('the lesson layer, as a teacher uses it, in Chromium', () => {
  const session = useBrowser();

  it('without JavaScript, a quiz answer is folded under its question and opens with a click', async () => {
    const page = await session.open('/educators/lesson/', noScript);
    const question = page.locator('ol.quiz > li').first();
    const answer = question.locator('.quiz-answer');
    expect(await answer.isVisible()).toBe(false);
    await question.getByText('Show the answer').click();
    await expect.poll(() => answer.isVisible()).toBe(true);
    expect(await answer.innerText()).toMatch(/^Answer: \S.*\(\S.*\)/i);
    await page.context().close();
  });

  it('prints a chapter’s quiz: the questions first, without answers, then the answer key from a new page', async () => {
    const lesson = await session.open('/educators/lesson/', noScript);
    await lesson.locator('a[data-quiz-sheet]').nth(1).click();
    await lesson.waitForURL('**/educators/quiz/*/');
    const asks = await lesson.locator('#questions ~ ol.quiz > li > .quiz__ask').allInnerTexts();
    const answers = await lesson.locator('.quiz-key .quiz-answer__value').allInnerTexts();
    expect(asks.length).toBeGreaterThanOrEqual(3);
    const texts = (await pdfPageTexts(new Uint8Array(await lesson.pdf({ format: 'A4', printBackground: false })))).map(squash);
    for (const ask of asks) expect(texts[0], ask).toContain(squash(ask));
    expect(texts[0]).not.toContain(squash('Answer key'));
    const key = texts.findIndex((t) => t.startsWith(squash('Answer key')));
    expect(key, 'a page that starts with the answer key').toBeGreaterThan(0);
    for (const answer of answers) expect(texts.slice(key).join(''), answer).toContain(squash(answer));
    expect(texts.join('')).not.toContain(squash('For educators'));
    await lesson.context().close();
  });

  it('on the educators’ page, copies a chapter’s address, a step’s embed code and a citation with their “Copy” buttons', async () => {
    const page = await session.open('/educators/', { viewport: { width: 1280, height: 900 } });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.origin() });
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    const address = page.locator('code[data-copy="link to chapter 2"]');
    await page.getByRole('button', { name: 'Copy link to chapter 2' }).click();
    // The copy is written as the clipboard allows it, a moment after the click.
    await expect.poll(clipboard).toBe((await address.innerText()).replace(/Copy$/, '').trim());
    expect(await clipboard()).toMatch(/^https?:\/\/[^/]+\/chapters\/[a-z-]+\/$/);

    const section = page.locator('section.kit-chapter').nth(1);
    await section.locator('details.kit-steps > summary').click();
    const snippet = section.locator('[data-embed-snippet]').nth(2);
    await section.getByRole('button', { name: 'Copy embed code of step 3 of chapter 2' }).click();
    await expect.poll(clipboard).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed\/[a-z0-9-]+\/"/);
    expect(await clipboard()).toBe((await snippet.innerText()).replace(/Copy$/, '').trim());

    await section.getByRole('button', { name: 'Copy APA citation of this chapter' }).click();
    await expect.poll(clipboard).toContain(await address.innerText().then((t) => t.replace(/Copy$/, '').trim()));
    await page.context().close();
  });

  it('made no request to any other origin, logged no error and broke no Content-Security-Policy', () => {
    expect(session.problems, session.problems.join('\n')).toEqual([]);
  });
});

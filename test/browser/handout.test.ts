import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser-session.ts';
import { builtChapters } from '../helpers/chapters-in-dist.ts';
import { browserSkipReason } from '../helpers/chromium.ts';
import { distDir } from '../helpers/paths.ts';
import { pdfPageTexts } from '../helpers/pdf-text.ts';

/** Chapters in story order, by the number in their kicker ("Chapter 2 of 5"), with that number. */
const chapters = builtChapters
  .map((chapter) => ({
    ...chapter,
    slug: chapter.path.split('/')[2]!,
    order: Number(/Chapter (\d+) of/.exec(readFileSync(join(distDir, chapter.path, 'index.html'), 'utf8'))![1]),
  }))
  .sort((a, b) => a.order - b.order);
const noScript = { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } } as const;
/** Text as a PDF gives it back: ligatures split, lines broken anywhere; compare with all whitespace removed. */
const squash = (text: string) => text.normalize('NFKC').replace(/[\s\u00ad]+/g, '');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.skipIf(browserSkipReason())('handouts and short links, in Chromium', () => {
  const session = useBrowser();
  let page: Page;

  it('prints every chapter’s handout, in both editions, on at most two pages of A4 and of Letter, the first with the title, objectives and questions', async () => {
    page = await session.open(`/handout/${chapters[0]!.slug}/`, noScript);
    for (const edition of ['', '/ru'])
      for (const { slug, order, steps } of chapters) {
        await page.goto(`${session.origin()}${edition}/handout/${slug}/`);
        const front = await page.evaluate(() => ({
          title: document.querySelector('h1')!.textContent!,
          objectives: document.querySelector('#objectives')!.textContent!,
          lines: [...document.querySelectorAll('#objectives + ul > li, #questions + ol > li')].map((li) => li.textContent!),
          terms: [...document.querySelectorAll('[data-handout-glossary] dt')].map((dt) => dt.textContent!),
          // The screen's furniture, which paper leaves out: the skip link and the header's link to the educators' page.
          furniture: [...document.querySelectorAll('.skip-link, body > header nav a[href$="/educators/"]')].map((a) =>
            a.textContent!.trim(),
          ),
        }));
        const where = `${edition}/handout/${slug}/`;
        expect(front.lines.length).toBeGreaterThan(2);
        expect(front.terms.length, `${where}’s key terms`).toBeGreaterThan(0);
        expect(front.furniture.length).toBe(2);
        for (const format of ['A4', 'Letter'] as const) {
          const texts = (await pdfPageTexts(new Uint8Array(await page.pdf({ format })))).map(squash);
          expect(texts.length, `${where} on ${format}`).toBeLessThanOrEqual(2);
          for (const line of [front.title, front.objectives, ...front.lines])
            expect(texts[0], `${where} on ${format}`).toContain(squash(line));
          const all = texts.join('');
          steps.forEach((id, i) => expect(all, `${id}’s short link on ${format}`).toContain(squash(`${edition}/s/${order}-${i + 1}/`)));
          expect(all).toContain(squash(`${edition}/sources/#sources-${slug}`));
          // The chapter's terms, each with the start of its definition, and the way to the edition's full glossary.
          for (const term of front.terms) expect(texts[1], `${term} on ${format}`).toContain(squash(term));
          expect(texts[1]).toContain(squash(`${edition}/glossary/`));
          for (const words of front.furniture) expect(all, `${where}: “${words}” on paper`).not.toContain(squash(words));
        }
      }
  });

  it('a step’s short link leads to the step without JavaScript, in its edition', async () => {
    const chapter = chapters[3] ?? chapters.at(-1)!;
    const step = Math.min(4, chapter.steps.length);
    for (const edition of ['', '/ru']) {
      await page.goto(`${session.origin()}${edition}/s/${chapter.order}-${step}/`);
      await page.waitForURL(`**${edition}${chapter.path}#${chapter.steps[step - 1]}`);
      expect(await page.evaluate(() => document.querySelector(':target')?.hasAttribute('data-step'))).toBe(true);
    }
    await page.context().close();
  });

  it('a short link’s page, held before it sends the reader on, has no accessibility violations (axe-core)', async () => {
    const chapter = chapters[0]!;
    const left: string[] = [];
    // axe needs scripting; any page will do to start from.
    const page = await session.open('/about/', { viewport: { width: 1280, height: 900 } });
    // Answered "204 No Content", the meta refresh leaves the reader on the short link's page.
    await page.route(`**${chapter.path}`, (route) => {
      left.push(new URL(route.request().url()).pathname);
      return route.fulfill({ status: 204 });
    });
    await page.goto(`${session.origin()}/s/${chapter.order}/`);
    await expect.poll(() => left).toEqual([chapter.path]);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      type Result = { passes: unknown[]; violations: { id: string }[] };
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<Result> } }).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'] },
        resultTypes: ['violations'],
      });
      // A run that checked nothing would report no violations either.
      return result.passes.length < 10 ? [`axe ran only ${result.passes.length} passing rules`] : result.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    expect(await page.locator(`main a[href="${chapter.path}"]`).count()).toBe(1);
    await page.context().close();
  });

  it('made no request to any other origin, logged no error and broke no Content-Security-Policy', () => {
    expect(session.problems, session.problems.join('\n')).toEqual([]);
  });
});

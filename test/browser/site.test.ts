import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser-session.ts';
import { browserSkipReason } from '../helpers/chromium.ts';
import { builtChapters } from '../helpers/chapters-in-dist.ts';
import { builtPages } from '../helpers/dist.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/**
 * Every embed page (one per step) is the same template around a different frame, so one per chapter stands for them
 * all: its middle step's, which between them draw every chart. Every other page is checked.
 */
const embeds = builtChapters.map(({ steps }) => `/embed/${steps[Math.floor(steps.length / 2)]}/`);
const paths = builtPages()
  .map((p) => p.path)
  .filter((path) => !path.startsWith('/embed/') || embeds.includes(path));
const viewports = [
  { width: 360, height: 740 },
  { width: 768, height: 1024 },
  { width: 1440, height: 900 },
];

// WCAG A and AA, and axe's best practices, which Lighthouse's accessibility score also counts (heading order, one main
// landmark, content in landmarks).
const wcag = { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'] };
// Dark mode changes colours alone, so in dark mode the rules about colour are the ones whose answer can change.
const colourRules = { type: 'rule', values: ['color-contrast', 'link-in-text-block'] };

/** axe-core's violations of these rules on the page, one line each. */
async function axeViolations(page: Page, runOnly: typeof wcag | typeof colourRules): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ passes: unknown[]; violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // Only violations are needed in full; axe then spends no time describing every passing node.
    const result = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
    // A run that checked nothing would also report no violations; require that rules actually passed.
    if (result.passes.length < Math.min(10, only.values.length)) return [`axe ran only ${result.passes.length} passing rules`];
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  }, runOnly);
}

describe.skipIf(browserSkipReason())('every page, in Chromium', () => {
  const session = useBrowser();

  it('checks one embed page per chapter', () => {
    expect(paths.filter((path) => path.startsWith('/embed/'))).toEqual([...embeds].sort());
  });

  describe.each(paths)('%s', (path) => {
    it('has no WCAG 2.0/2.1/2.2 A or AA violations nor best-practice ones (axe-core) in light mode, nor colour violations in dark mode, and scrolls only vertically at 360, 768 and 1440 px', async () => {
      const page = await session.open(path, { viewport: viewports[2], colorScheme: 'light' });
      expect(await axeViolations(page, wcag), 'light mode').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page, colourRules), 'dark mode').toEqual([]);
      for (const viewport of viewports) {
        await page.setViewportSize(viewport);
        const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: innerWidth }));
        expect(widths.scroll, `${viewport.width}px`).toBeLessThanOrEqual(widths.view);
      }
      await page.context().close();
    });

    it('shows all its text with JavaScript off', async () => {
      const page = await session.open(path, { viewport: viewports[0], javaScriptEnabled: false });
      const hidden = await page.evaluate(() =>
        [...document.querySelectorAll('main p, main li, main h1, main h2, main h3, main blockquote')]
          .filter((el) => !el.closest('details, figure[data-chart], .visually-hidden'))
          .filter((el) => el.textContent!.trim() && el.getBoundingClientRect().height === 0)
          .map((el) => el.textContent!.trim().slice(0, 40)),
      );
      expect(hidden).toEqual([]);
      await page.context().close();
    });
  });

  it('logged no console errors or warnings, made no request to another origin and broke no CSP rule', () => {
    expect(session.problems, session.problems.join('\n')).toEqual([]);
  });
});

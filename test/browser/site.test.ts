import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser-session.ts';
import { browserSkipReason } from '../helpers/chromium.ts';
import { builtChapters, busiestChapter, russianBusiestChapter, russianChapterPerChart } from '../helpers/chapters-in-dist.ts';
import { builtPages, chapterPages, isEmbedPage, type BuiltPage } from '../helpers/dist.ts';
import { pathLocale } from '../../src/core/locale.ts';
import { hiddenText } from '../helpers/hidden-text.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/**
 * Every embed page (one per step) is the same template around a different frame, so one per chart stands for them all:
 * its largest (most HTML), which draws the most of that chart's marks and colours.
 */
const embeds: string[] = [
  ...chapterPages()
    .flatMap(({ $ }) =>
      $('scrolly-story')
        .toArray()
        .flatMap((story) => {
          const chart = $(story).find('figure[data-chart]').attr('data-chart')!;
          return $(story)
            .find('[data-step]')
            .toArray()
            .map((step) => ({ chart, path: `/embed/${$(step).attr('id')}/` }));
        }),
    )
    .map((embed) => ({ ...embed, size: builtPages().find((p) => p.path === embed.path)?.html.length ?? 0 }))
    .reduce(
      (largest, embed) => (embed.size > (largest.get(embed.chart)?.size ?? -1) ? largest.set(embed.chart, embed) : largest),
      new Map<string, { path: string; size: number }>(),
    )
    .values(),
].map((embed) => embed.path);
/** Presentations are one template too: the busiest chapter's stands for them (present.test.ts fits every slide). */
const presentation = busiestChapter.path.replace('/chapters/', '/present/');
// A short link (/s/…) sends the reader on at once, so no page stays to check; handout.test.ts holds one back and checks it.
const built = builtPages().filter(
  ({ path }) =>
    // A Russian embed is its English twin in other words (russian-edition.test.ts compares them): these stand for both.
    (!isEmbedPage(path) || embeds.includes(path)) &&
    // A Russian presentation is its English twin's slides in other words (russian-edition.test.ts compares them;
    // present.test.ts fits every slide of both editions).
    (!pathLocale(path).path.startsWith('/present/') || path === presentation) &&
    // A Russian chapter is its English twin's page in other words, and every English chapter is checked: the twin of the
    // busiest chapter stands for the Russian ones.
    (!/^\/ru\/chapters\/[^/]+\/$/.test(path) || path === russianBusiestChapter.path) &&
    // So are the Russian pages of one template per chapter (handouts, their source lists, quiz sheets, data pages), the
    // sources page and the lesson page: their English twins are checked, and russian-edition.test.ts reads their words.
    !/^\/ru\/(?:handout\/|educators\/quiz\/|educators\/lesson\/|sources\/|chapters\/[^/]+\/data\/)/.test(path) &&
    !pathLocale(path).path.startsWith('/s/'),
);
/** The charts a page draws: a chapter's own; a handout's or an embed's are those of its chapter. */
const chapterCharts = new Map(
  built
    .filter((p) => p.path.startsWith('/chapters/'))
    .map(
      (p) =>
        [
          p.path,
          [
            ...new Set(
              p
                .$('[data-chart]')
                .map((_, el) => p.$(el).attr('data-chart'))
                .get(),
            ),
          ].sort(),
        ] as const,
    ),
);
const chartsOf = (path: string): string[] => {
  // Charts are told apart in the English pages; a Russian handout is its English twin's in other words, so the largest
  // Russian one stands for them all (its kind has no charts).
  const [, kind, slug, sub] = path.split('/');
  if (kind === 'handout') return sub ? [] : (chapterCharts.get(`/chapters/${slug}/`) ?? []);
  if (kind === 'embed') return chapterCharts.get(builtChapters.find((c) => c.steps.includes(slug!))?.path ?? '') ?? [];
  return chapterCharts.get(path) ?? [];
};
/**
 * Per-chapter pages of one template (a handout and its source list, a quiz sheet, a chapter's data page; each edition's
 * its own): the template, as the path with the chapter's slug as "*"; undefined for any other page.
 */
const templateOf = (path: string) =>
  /^\/(?:ru\/)?handout\/[^/]+\/|^\/(?:ru\/)?educators\/quiz\/[^/]+\/|^\/(?:ru\/)?chapters\/[^/]+\/data\/$/.test(path)
    ? path.replace(/^(\/(?:ru\/)?(?:handout|educators\/quiz|chapters)\/)[^/]+\//, '$1*/')
    : undefined;
/** A per-chapter page's kind: its template and the charts it draws. */
const kindOf = (path: string) => `${templateOf(path)} ${chartsOf(path).join()}`;
/**
 * The largest page (most HTML) of each kind: it holds the most of the components and colours its kind shares. Of the
 * per-chapter templates, these are the only ones checked at all, since a chapter's handout, source list or quiz
 * differs from another's in its words alone.
 */
const largestOfKind = new Map<string, BuiltPage>();
for (const page of built) {
  const [, first] = page.path.split('/');
  const kind = templateOf(page.path)
    ? kindOf(page.path)
    : first === 'chapters' || first === 'embed'
      ? `${first} ${chartsOf(page.path).join()}`
      : page.path;
  if (page.html.length > (largestOfKind.get(kind)?.html.length ?? -1)) largestOfKind.set(kind, page);
}
const largest = new Set([...largestOfKind.values()].map((p) => p.path));
/**
 * The pages checked in dark mode, which changes colours alone: the largest English page of each kind. A Russian page
 * has its English twin's colours, components and CSS, so the English pages stand for both editions.
 */
const darkChecked = new Set([...largest].filter((path) => pathLocale(path).locale === 'en'));
const pages = built.filter(({ path }) => !templateOf(path) || largest.has(path));
const paths = pages.map((p) => p.path);
/**
 * The pages whose text is not checked for hidden text here. The chapters' rendering depends on scripting (the only
 * styles that ask whether scripting is on are a story's, in src/styles/scrolly.css), so reading.test.ts reads them
 * with JavaScript off. A presentation shows a chapter's steps and hides the prose between them, on purpose
 * (present.test.ts checks that every slide shows whole). On every other page a reader sees the same with scripting on
 * or off, so the check runs here, in the page already open: the educators' page's one script adds "Copy" buttons
 * beside its text and hides none, and an embed's (src/build/kit/embed-frame-script.ts) changes nothing on the page
 * but for a `?theme=` in its address and the height it tells a framing page.
 */
const scripted = new Set(pages.filter((p) => p.$('.scrolly').length > 0).map((p) => p.path));
const presentations = new Set(pages.filter((p) => p.$('slide-deck').length > 0).map((p) => p.path));
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

/** axe-core's violations of these rules on the page, one line each, leaving out the rules `skip` names. */
async function axeViolations(page: Page, runOnly: typeof wcag | typeof colourRules, skip: readonly string[] = []): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async ([only, skipped]) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
              opts: object,
            ) => Promise<{ passes: unknown[]; violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      // Only violations are needed in full; axe then spends no time describing every passing node.
      const rules = Object.fromEntries(skipped.map((id) => [id, { enabled: false }]));
      const result = await axe.run(document, { runOnly: only, rules, resultTypes: ['violations'] });
      // A run that checked nothing would also report no violations; require that rules actually passed.
      if (result.passes.length < Math.min(10, only.values.length)) return [`axe ran only ${result.passes.length} passing rules`];
      return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
    },
    [runOnly, skip] as const,
  );
}

describe.skipIf(browserSkipReason())('every page, in Chromium', () => {
  const session = useBrowser();

  it('checks one embed page per chart, the largest handout, source list and quiz of each chart, the largest data page, the Russian pages of their own kind, and in dark mode one English page of each kind and chart', () => {
    expect(paths.filter((path) => path.startsWith('/embed/'))).toEqual([...embeds].sort());
    expect(paths.filter((path) => path.startsWith('/educators/quiz/'))).toHaveLength(1);
    expect(paths.filter((path) => /^\/handout\/[^/]+\/sources\/$/.test(path))).toHaveLength(1);
    expect(paths.filter((path) => /^\/(?:ru\/)?chapters\/[^/]+\/data\/$/.test(path))).toHaveLength(1);
    expect(paths.filter((path) => path.startsWith('/ru/')).sort()).toEqual(
      ['/ru/', '/ru/404.html', '/ru/about/', '/ru/educators/', '/ru/glossary/', russianBusiestChapter.path].sort(),
    );
    expect([...darkChecked].sort()).toEqual(
      expect.arrayContaining(['/', '/about/', '/educators/', '/educators/lesson/', '/glossary/', '/sources/']),
    );
    // The scripted pages here are every English chapter and one Russian one, all of which reading.test.ts reads with
    // JavaScript off.
    expect([...scripted].filter((path) => !presentations.has(path)).sort()).toEqual(
      [...builtChapters, russianBusiestChapter].map((c) => c.path).sort(),
    );
    expect(russianChapterPerChart, 'reading.test.ts reads the Russian chapter checked here').toContain(russianBusiestChapter);
    for (const kind of ['/chapters/', '/handout/', '/embed/']) {
      const charts = [...darkChecked].filter((path) => path.startsWith(kind)).flatMap(chartsOf);
      expect(charts.sort(), `${kind} pages checked in dark mode draw every chart`).toEqual([
        'ban-sequence',
        'population-coverage',
        'user-shares',
      ]);
    }
  });

  describe.each(paths)('%s', (path) => {
    const dark = darkChecked.has(path) ? ', nor colour violations in dark mode (the largest English page of its kind and chart)' : '';
    const colour = pathLocale(path).locale === 'en' ? '' : ' (its colours are its English twin’s, checked there)';
    it(`has no WCAG 2.0/2.1/2.2 A or AA violations nor best-practice ones (axe-core) in light mode${colour}${dark}, and scrolls only vertically at 360, 768 and 1440 px`, async () => {
      const page = await session.open(path, { viewport: viewports[2], colorScheme: 'light' });
      // A Russian page has its English twin's colours: the rules about colour, the slowest to run, are the twin's.
      const skip = pathLocale(path).locale === 'en' ? [] : colourRules.values;
      expect(await axeViolations(page, wcag, skip), 'light mode').toEqual([]);
      if (dark) {
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await axeViolations(page, colourRules), 'dark mode').toEqual([]);
      }
      for (const viewport of viewports) {
        await page.setViewportSize(viewport);
        const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: innerWidth }));
        expect(widths.scroll, `${viewport.width}px`).toBeLessThanOrEqual(widths.view);
        if (viewport === viewports[0] && !scripted.has(path) && !presentations.has(path))
          expect(await hiddenText(page), 'text hidden at 360 px').toEqual([]);
      }
      await page.context().close();
    });
  });

  it('logged no console errors or warnings, made no request to another origin and broke no CSP rule', () => {
    expect(session.problems, session.problems.join('\n')).toEqual([]);
  });
});

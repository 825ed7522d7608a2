import { chapterPages, russianChapterPages, type BuiltPage } from './dist.ts';

/** A built chapter's path, its step ids and, per chart it draws, how many of its steps that chart shows. */
function outline(page: BuiltPage) {
  const charts: Record<string, number> = {};
  for (const story of page.$('scrolly-story').toArray()) {
    const chart = page.$(story).find('figure[data-chart]').first().attr('data-chart') ?? '';
    charts[chart] = (charts[chart] ?? 0) + page.$(story).find('[data-step]').length;
  }
  return {
    path: page.path,
    steps: page
      .$('[data-step]')
      .toArray()
      .map((el) => page.$(el).attr('id')!),
    charts,
  };
}

/** Each built chapter of the English edition, read from dist/. */
export const builtChapters = chapterPages().map(outline);

/** The Russian edition's chapters, the same way (their steps are the English ones: russian-edition.test.ts). */
export const builtRussianChapters = russianChapterPages().map(outline);

/**
 * The built chapter with the most steps: behaviour tests use it for the room it gives to move, and it stands for all
 * chapters where the code under test is shared by every chapter.
 */
export const busiestChapter = [...builtChapters].sort((a, b) => b.steps.length - a.steps.length)[0]!;

/**
 * For each chart, the chapter with the most steps on it (ties: the chapter with the most steps in all), without
 * repeats: the chapters on which what depends on a chart's drawing (its transitions, its labels at every screen size)
 * is checked. Every chart is drawn in at least one of them.
 */
export const busiestChapterPerChart = [
  ...new Set(
    [...new Set(builtChapters.flatMap((c) => Object.keys(c.charts)))]
      .sort()
      .map(
        (chart) =>
          [...builtChapters].sort((a, b) => (b.charts[chart] ?? 0) - (a.charts[chart] ?? 0) || b.steps.length - a.steps.length)[0]!,
      ),
  ),
];

/**
 * The Russian twin of the busiest chapter: where the engines read the Russian edition. Its steps, layout and code are
 * the English chapter's (russian-edition.test.ts holds every twin to them), so one chapter stands for the edition in
 * each engine's reading checks; Chromium reads one Russian chapter per chart without JavaScript (reading.test.ts).
 */
export const russianBusiestChapter = builtRussianChapters.find((c) => c.path === `/ru${busiestChapter.path}`)!;

/**
 * The Russian twins of `busiestChapterPerChart`: a Russian chapter differs from its English twin in its words alone,
 * so these stand for the Russian edition where a check depends on the words a chart draws (their widths, in a browser).
 */
export const russianChapterPerChart = busiestChapterPerChart.map((c) => builtRussianChapters.find((r) => r.path === `/ru${c.path}`)!);

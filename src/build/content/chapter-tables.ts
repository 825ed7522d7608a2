import type { DataTable } from '../../charts/data-table.ts';
import { chartText } from '../../charts/chart-words.ts';
import { charts } from '../../charts/registry.ts';
import { datasetsIn } from '../../data/datasets-in.ts';
import type { Datasets } from '../../data/load-datasets.ts';
import type { ChapterInfo } from './get-chapters.ts';
import type { Locale } from '../../core/locale.ts';

/** One story's data table on its chapter's data page. */
export interface ChapterTable {
  /** The table's id, which the link under the story's graphic also carries. */
  readonly id: string;
  /** The chart's name, for its downloads. */
  readonly chart: string;
  /** The chart's title in the chapter's language, which heads the table. */
  readonly title: string;
  readonly table: DataTable;
}

/** A chart's data table and its title, in `locale`: what a story on it shows as figures. */
export function storyTable(chartName: string, datasets: Datasets, locale: Locale): Pick<ChapterTable, 'title' | 'table'> {
  const chart = charts[chartName];
  if (!chart) throw new Error(`no chart is named "${chartName}"`);
  const text = chartText(chart.words, locale);
  return { title: text.words.title, table: chart.table(chart.select(datasetsIn(datasets, locale)), text) };
}

/** The data table of each of a chapter's stories, in story order, in the chapter's language. */
export function chapterTables(chapter: Pick<ChapterInfo, 'story' | 'locale'>, datasets: Datasets): ChapterTable[] {
  return chapter.story.stories.map((story) => ({ id: story.table, chart: story.chart, ...storyTable(story.chart, datasets, chapter.locale) }));
}

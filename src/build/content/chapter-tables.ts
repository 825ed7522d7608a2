import type { DataTable } from '../../charts/data-table.ts';
import { chartText } from '../../charts/chart-words.ts';
import { charts } from '../../charts/registry.ts';
import { datasetsIn } from '../../data/datasets-in.ts';
import type { Datasets } from '../../data/load-datasets.ts';
import type { ChapterInfo } from './get-chapters.ts';

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

/** The data table of each of a chapter's stories, in story order, in the chapter's language. */
export function chapterTables(chapter: Pick<ChapterInfo, 'story' | 'locale'>, datasets: Datasets): ChapterTable[] {
  const data = datasetsIn(datasets, chapter.locale);
  return chapter.story.stories.map((story) => {
    const chart = charts[story.chart]!;
    const text = chartText(chart.words, chapter.locale);
    return { id: story.table, chart: chart.name, title: text.words.title, table: chart.table(chart.select(data), text) };
  });
}

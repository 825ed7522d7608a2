import { charts } from '../../charts/registry.ts';
import type { Datasets } from '../../data/load-datasets.ts';
import { publisher } from '../../core/publisher.ts';
import { absoluteUrl } from '../../core/url.ts';
import { defaultLocale, localePath, type Locale } from '../../core/locale.ts';
import { currentTo } from '../../data/current-to.ts';
import { datasetsIn } from '../../data/datasets-in.ts';
import { siteWords } from '../../data/site-words.ts';
import { chartColumns, type ChartColumns } from './chart-columns.ts';
import { exportTable, type ExportContext, type ExportTable } from './data-export.ts';

/** A chart's data ready to download in `locale`'s edition. */
export interface ChartExported {
  readonly table: ExportTable;
  /** What each file states about where the data come from. */
  readonly context: ExportContext;
  /** Each column's header and its entry in the data dictionary. */
  readonly columns: ChartColumns;
  /** For each column of codes, every code and its label (the chart's export's `codes`). */
  readonly codes: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** A chart's data ready to download in `locale`'s edition, with the context each file states and its columns' words. */
export function chartExport(name: string, english: Datasets, locale: Locale = defaultLocale): ChartExported {
  const chart = charts[name];
  if (!chart) throw new Error(`no chart "${name}" in src/charts/registry.ts`);
  const datasets = datasetsIn(english, locale);
  const words = chart.words[locale];
  const context: ExportContext = {
    title: words.title,
    site: siteWords(locale)['site.name'],
    siteUrl: absoluteUrl(localePath(locale, '/')),
    publisher: publisher.name,
    exceptionsUrl: absoluteUrl(localePath(locale, '/about/'), 'licence'),
    asOf: currentTo(datasets),
    sources: datasets.sources,
    locale,
  };
  const columns = chartColumns(chart, locale);
  const selected = chart.select(datasets);
  return {
    table: exportTable(columns.headers, chart.export.rows(selected, words), context),
    context,
    columns,
    codes: chart.export.codes?.(selected, words) ?? {},
  };
}

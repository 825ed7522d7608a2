import { charts } from '../../charts/registry.ts';
import type { Datasets } from '../../data/load-datasets.ts';
import { publisher } from '../../core/publisher.ts';
import { site } from '../../core/site.ts';
import { absoluteUrl } from '../../core/url.ts';
import { currentTo } from '../../data/current-to.ts';
import { exportTable, type ExportContext, type ExportTable } from './data-export.ts';

/** A chart's data ready to download, with the context each file states. */
export function chartExport(name: string, datasets: Datasets): { table: ExportTable; context: ExportContext } {
  const chart = charts[name];
  if (!chart) throw new Error(`no chart "${name}" in src/charts/registry.ts`);
  const context: ExportContext = {
    title: chart.words.en.title,
    site: site.name,
    siteUrl: absoluteUrl('/'),
    publisher: publisher.name,
    exceptionsUrl: absoluteUrl('/about/', 'licence'),
    asOf: currentTo(datasets),
    sources: datasets.sources,
  };
  return { table: exportTable(chart.export.columns, chart.export.rows(chart.select(datasets)), context), context };
}

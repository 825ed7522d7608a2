import { charts } from '../../charts/registry.ts';
import type { Datasets } from '../../data/load-datasets.ts';
import { site } from '../../core/site.ts';
import { absoluteUrl } from '../../core/url.ts';
import { chartData } from './chart-data.ts';
import { currentTo } from '../../data/current-to.ts';
import { exportTable, type ExportContext, type ExportTable } from './data-export.ts';

/** A chart's data ready to download, with the context each file states. */
export function chartExport(name: string, datasets: Datasets): { table: ExportTable; context: ExportContext } {
  const chart = charts[name];
  const data = chartData[name];
  if (!chart || !data) throw new Error(`chart "${name}" has no data export (src/build/kit/chart-data.ts)`);
  const context: ExportContext = {
    title: chart.title,
    site: site.name,
    siteUrl: absoluteUrl('/'),
    asOf: currentTo(datasets),
    sources: datasets.sources,
  };
  return { table: exportTable(data.columns, data.rows(datasets), context), context };
}

import type { Chart } from '../../charts/chart.ts';
import { charts } from '../../charts/registry.ts';
import type { Datasets } from '../../data/load-datasets.ts';
import { absoluteUrl } from '../../core/url.ts';
import { defaultLocale, type Locale } from '../../core/locale.ts';
import { datasetsIn } from '../../data/datasets-in.ts';
import type { ChartColumns } from './chart-columns.ts';
import { chartExport } from './chart-export.ts';
import { toCsv, type ExportContext, type ExportTable } from './data-export.ts';
import { dataReadme } from './data-readme.ts';
import { downloadPaths } from './kit-paths.ts';
import { zipFiles, type ZipEntry } from './data-zip.ts';

/**
 * What a chart's zip holds: its CSV, and a README with the data dictionary, codes, citation and licence, in the
 * language of the export's context (its words read from content/i18n/). The table, context and columns are the
 * chart's export (chartExport); the addresses, those of the zip and of the same data as JSON.
 */
export function chartZipEntries(
  chart: Chart<unknown, unknown>,
  datasets: Datasets,
  exported: { readonly table: ExportTable; readonly context: ExportContext; readonly columns: ChartColumns },
  addresses: { readonly zip: string; readonly json: string },
): ZipEntry[] {
  const csvName = `${chart.name}.csv`;
  const { locale } = exported.context;
  const readme = dataReadme({
    table: exported.table,
    context: exported.context,
    dictionary: exported.columns.dictionary,
    codes: chart.export.codes?.(chart.select(datasetsIn(datasets, locale)), chart.words[locale]) ?? {},
    csvName,
    zipUrl: addresses.zip,
    jsonUrl: addresses.json,
  });
  return [
    { name: csvName, text: toCsv(exported.table) },
    { name: 'README.md', text: readme },
  ];
}

/** A chart's data as a zip file in `locale`'s edition (see chartZipEntries), dated by the data's "as of" date. */
export function chartZip(name: string, datasets: Datasets, locale: Locale = defaultLocale): Uint8Array<ArrayBuffer> {
  const exported = chartExport(name, datasets, locale);
  const paths = downloadPaths('', name, locale);
  const entries = chartZipEntries(charts[name]!, datasets, exported, { zip: absoluteUrl(paths.zip), json: absoluteUrl(paths.json) });
  return zipFiles(entries, exported.context.asOf);
}

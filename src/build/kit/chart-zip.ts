import type { Chart } from '../../charts/chart.ts';
import { charts } from '../../charts/registry.ts';
import type { Datasets } from '../../data/load-datasets.ts';
import { absoluteUrl } from '../../core/url.ts';
import { chartExport } from './chart-export.ts';
import { toCsv, type ExportContext, type ExportTable } from './data-export.ts';
import { dataReadme } from './data-readme.ts';
import { dataZipPath, downloadPaths } from './kit-paths.ts';
import { zipFiles, type ZipEntry } from './data-zip.ts';

/**
 * What a chart's zip holds: its CSV, and a README with the data dictionary, codes, citation and licence. Pure: the
 * table and context are the chart's export (chartExport), the addresses those of the zip and of the same data as JSON.
 */
export function chartZipEntries(
  chart: Chart<unknown, unknown>,
  datasets: Datasets,
  exported: { readonly table: ExportTable; readonly context: ExportContext },
  addresses: { readonly zip: string; readonly json: string },
): ZipEntry[] {
  const csvName = `${chart.name}.csv`;
  const readme = dataReadme({
    ...exported,
    dictionary: chart.export.dictionary,
    codes: chart.export.codes?.(chart.select(datasets)) ?? {},
    csvName,
    zipUrl: addresses.zip,
    jsonUrl: addresses.json,
  });
  return [
    { name: csvName, text: toCsv(exported.table) },
    { name: 'README.md', text: readme },
  ];
}

/** A chart's data as a zip file (see chartZipEntries), dated by the data's "as of" date. */
export function chartZip(name: string, datasets: Datasets): Uint8Array<ArrayBuffer> {
  const exported = chartExport(name, datasets);
  const entries = chartZipEntries(charts[name]!, datasets, exported, {
    zip: absoluteUrl(dataZipPath(name)),
    json: absoluteUrl(downloadPaths('', name).json),
  });
  return zipFiles(entries, exported.context.asOf);
}

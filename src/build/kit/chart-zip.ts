import type { Datasets } from '../../data/load-datasets.ts';
import { absoluteUrl } from '../../core/url.ts';
import { defaultLocale, type Locale } from '../../core/locale.ts';
import { chartExport, type ChartExported } from './chart-export.ts';
import { toCsv } from './data-export.ts';
import { dataReadme } from './data-readme.ts';
import { downloadPaths } from './kit-paths.ts';
import { zipFiles, type ZipEntry } from './data-zip.ts';

/**
 * What a chart's zip holds: its CSV, and a README with the data dictionary, codes, citation and licence, in the
 * language of the export's context (its words read from content/i18n/). The export is the chart's (chartExport), named
 * `name`; the addresses, those of the zip and of the same data as JSON.
 */
export function chartZipEntries(
  name: string,
  exported: ChartExported,
  addresses: { readonly zip: string; readonly json: string },
): ZipEntry[] {
  const csvName = `${name}.csv`;
  const readme = dataReadme({
    table: exported.table,
    context: exported.context,
    dictionary: exported.columns.dictionary,
    codes: exported.codes,
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
  const entries = chartZipEntries(name, exported, { zip: absoluteUrl(paths.zip), json: absoluteUrl(paths.json) });
  return zipFiles(entries, exported.context.asOf);
}

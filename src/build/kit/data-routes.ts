import type { APIRoute } from 'astro';
import { charts } from '../../charts/registry.ts';
import type { Locale } from '../../core/locale.ts';
import { getDatasets } from '../../data/get-datasets.ts';
import { chartExport } from './chart-export.ts';
import { chartZip } from './chart-zip.ts';
import { toCsv, toJson } from './data-export.ts';

/**
 * The static paths of an edition's data downloads (/downloads/data/<chart>.csv, .json and .zip, and the same under
 * /ru/): one per chart, with the edition's headers, names and README.
 */
export function dataRoutes(locale: Locale) {
  return Object.keys(charts).map((chart) => ({ params: { chart }, props: { locale } }));
}

type DataRoute = APIRoute<{ locale: Locale }, { chart: string }>;

/** A chart's data as CSV for spreadsheets: UTF-8 with BOM, every field quoted, ISO dates, sources and licence on every row. */
export const csvResponse: DataRoute = async ({ params, props }) =>
  new Response(toCsv(chartExport(params.chart, await getDatasets(), props.locale).table), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

/** A chart's data as JSON, with the same columns as the CSV and a header that credits and licenses it. */
export const jsonResponse: DataRoute = async ({ params, props }) => {
  const { table, context } = chartExport(params.chart, await getDatasets(), props.locale);
  return new Response(toJson(table, context), { headers: { 'Content-Type': 'application/json' } });
};

/** A chart's data as a zip: the CSV and a README that explains every column and code, how to cite it, and its licence. */
export const zipResponse: DataRoute = async ({ params, props }) =>
  new Response(chartZip(params.chart, await getDatasets(), props.locale), { headers: { 'Content-Type': 'application/zip' } });

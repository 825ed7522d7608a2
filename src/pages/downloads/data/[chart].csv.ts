import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { getDatasets } from '../../../data/get-datasets.ts';
import { chartExport } from '../../../build/kit/chart-export.ts';
import { toCsv } from '../../../build/kit/data-export.ts';

/** Each chart's data as CSV for spreadsheets: UTF-8 with BOM, every field quoted, ISO dates, sources and licence on every row. */
export const getStaticPaths = (() => Object.keys(charts).map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(toCsv(chartExport(params.chart!, await getDatasets()).table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

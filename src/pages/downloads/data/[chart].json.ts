import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { getDatasets } from '../../../data/get-datasets.ts';
import { chartExport } from '../../../build/kit/chart-export.ts';
import { toJson } from '../../../build/kit/data-export.ts';

/** Each chart's data as JSON, with the same columns as the CSV and a header that credits and licenses it. */
export const getStaticPaths = (() => Object.keys(charts).map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { table, context } = chartExport(params.chart!, await getDatasets());
  return new Response(toJson(table, context), { headers: { 'Content-Type': 'application/json' } });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { getDatasets } from '../../../data/get-datasets.ts';
import { chartZip } from '../../../build/kit/chart-zip.ts';

/** Each chart's data as a zip: the CSV and a README that explains every column and code, how to cite it, and its licence. */
export const getStaticPaths = (() => Object.keys(charts).map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(chartZip(params.chart!, await getDatasets()), { headers: { 'Content-Type': 'application/zip' } });

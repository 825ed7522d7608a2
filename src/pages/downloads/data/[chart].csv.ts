import type { GetStaticPaths } from 'astro';
import { dataRoutes, csvResponse } from '../../../build/kit/data-routes.ts';

/** Each chart's data as CSV, in the English edition's words (src/build/kit/data-routes.ts). */
export const getStaticPaths = (() => dataRoutes('en')) satisfies GetStaticPaths;

export const GET = csvResponse;

import type { GetStaticPaths } from 'astro';
import { dataRoutes, jsonResponse } from '../../../../build/kit/data-routes.ts';

/** Each chart's data as JSON, in the Russian edition's words (src/build/kit/data-routes.ts). */
export const getStaticPaths = (() => dataRoutes('ru')) satisfies GetStaticPaths;

export const GET = jsonResponse;

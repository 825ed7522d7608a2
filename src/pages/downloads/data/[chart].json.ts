import type { GetStaticPaths } from 'astro';
import { dataRoutes, jsonResponse } from '../../../build/kit/data-routes.ts';

/** Each chart's data as JSON, in the English edition's words (src/build/kit/data-routes.ts). */
export const getStaticPaths = (() => dataRoutes('en')) satisfies GetStaticPaths;

export const GET = jsonResponse;

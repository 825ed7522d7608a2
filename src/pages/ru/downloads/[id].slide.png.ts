import type { GetStaticPaths } from 'astro';
import { graphicRoutes, slideResponse } from '../../../build/kit/graphic-routes.ts';

/** Each step's graphic as a 1920×1080 PNG for slides, in the Russian edition's words (src/build/kit/graphic-routes.ts). */
export const getStaticPaths = (() => graphicRoutes('ru')) satisfies GetStaticPaths;

export const GET = slideResponse;

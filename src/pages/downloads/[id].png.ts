import type { GetStaticPaths } from 'astro';
import { graphicRoutes, pngResponse } from '../../build/kit/graphic-routes.ts';

/** Each step's graphic as a PNG at twice its drawn size, in the English edition's words (src/build/kit/graphic-routes.ts). */
export const getStaticPaths = (() => graphicRoutes('en')) satisfies GetStaticPaths;

export const GET = pngResponse;

import type { GetStaticPaths } from 'astro';
import { graphicRoutes, svgResponse } from '../../build/kit/graphic-routes.ts';

/** Each step's graphic as a standalone SVG file, in the English edition's words (src/build/kit/graphic-routes.ts). */
export const getStaticPaths = (() => graphicRoutes('en')) satisfies GetStaticPaths;

export const GET = svgResponse;

import type { GetStaticPaths } from 'astro';
import { qrResponse, qrRoutes } from '../../../build/kit/qr-routes.ts';

/** A QR code per chapter that opens the chapter, for its printed handout. */
export const getStaticPaths = (() => qrRoutes('en', 'chapter')) satisfies GetStaticPaths;

export const GET = qrResponse;

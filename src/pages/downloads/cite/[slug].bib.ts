import type { GetStaticPaths } from 'astro';
import { referenceFileResponse, referenceFileRoutes } from '../../../build/cite/reference-routes.ts';

export const getStaticPaths = (() => referenceFileRoutes('en')) satisfies GetStaticPaths;

export const GET = referenceFileResponse('bibtex');

import type { GetStaticPaths } from 'astro';
import { socialCardResponse, socialCardRoutes } from '../../build/og/social-card-routes.ts';

/** One prebuilt link-preview image per chapter, plus the site's own ("home"). */
export const getStaticPaths = (() => socialCardRoutes('en')) satisfies GetStaticPaths;

export const GET = socialCardResponse;

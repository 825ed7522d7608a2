import { defineMiddleware } from 'astro:middleware';
import { getDatasets } from './data/get-datasets.ts';

/**
 * In `astro dev`, a page is only rendered when the data loads: after an edit that broke content/data/*.json, every
 * page is Astro's error page with the data's mistakes (file, record, field), not a half-streamed page. Builds check
 * the data before anything renders (src/build/content/content-check-integration.ts), so they skip this.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  if (import.meta.env.DEV) await getDatasets();
  return next();
});

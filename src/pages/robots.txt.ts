import type { APIRoute } from 'astro';
import { absoluteUrl, url } from '../core/url.ts';

/** Lets every crawler in and points it at the sitemap. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: ${url('/')}\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

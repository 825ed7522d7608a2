import type { APIRoute } from 'astro';
import { getChapters } from '../data/get-chapters.ts';

/** Every page a search engine should know, as a sitemap (404 left out). */
export const GET: APIRoute = async ({ site }) => {
  const paths = ['/', ...(await getChapters()).map((c) => c.href), '/sources/', '/educators/', '/about/'];
  const urls = paths.map((path) => `  <url><loc>${new URL(path, site).href}</loc></url>`).join('\n');
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};

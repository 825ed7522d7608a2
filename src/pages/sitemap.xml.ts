import type { APIRoute } from 'astro';
import { getChapters } from '../data/get-chapters.ts';
import { absoluteUrl } from '../url.ts';

/** Every page a search engine should know, as a sitemap (404 left out). */
export const GET: APIRoute = async () => {
  const chapterPaths = (await getChapters()).map((c) => `/chapters/${c.slug}/`);
  const handoutPaths = (await getChapters()).map((c) => `/handout/${c.slug}/`);
  const paths = ['/', ...chapterPaths, '/sources/', '/educators/', '/about/', ...handoutPaths];
  const urls = paths.map((path) => `  <url><loc>${absoluteUrl(path)}</loc></url>`).join('\n');
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};

// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/data/content-check-integration.ts';
import { remarkScrolly } from './src/scrolly/remark-scrolly.ts';

const root = new URL('./', import.meta.url);

/**
 * SITE_URL is where the site will live, and may include a path: `https://example.github.io/explainer/` gives the
 * origin as Astro's `site` and `/explainer/` as its `base`, so every URL the pages build (src/url.ts) carries it.
 */
const siteUrl = new URL(process.env.SITE_URL ?? 'https://digital-sovereignty.example.org/');
const base = siteUrl.pathname.endsWith('/') ? siteUrl.pathname : `${siteUrl.pathname}/`;

export default defineConfig({
  site: siteUrl.origin,
  base,
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx({ remarkPlugins: [[remarkScrolly, { root }]] })],
  build: {
    // Every stylesheet is a file, so the Content-Security-Policy needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});

// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { remarkScrolly } from './src/scrolly/remark-scrolly.ts';

const root = new URL('./', import.meta.url);

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://digital-sovereignty.example.org',
  trailingSlash: 'always',
  integrations: [mdx({ remarkPlugins: [[remarkScrolly, { root }]] })],
  build: {
    // Every stylesheet is a file, so the Content-Security-Policy needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});

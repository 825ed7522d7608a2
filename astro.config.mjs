// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/build/content/content-check-integration.ts';
import { checksums } from './src/build/postbuild/checksums.ts';
import { editionNotFound } from './src/build/postbuild/edition-not-found.ts';
import { inlineAssets } from './src/build/postbuild/inline-assets.ts';
import { offlineOff } from './src/build/offline/offline-plan.ts';
import { offlineWorkers } from './src/build/postbuild/offline-workers.ts';
import { portableMirror } from './src/build/postbuild/portable-mirror.ts';
import { singleFileEditions } from './src/build/postbuild/single-file-editions.ts';
import { wideFramesFiles } from './src/build/postbuild/wide-frames-files.ts';
import { remarkScrolly } from './src/build/mdx/remark-scrolly.ts';
import { readPublisher } from './src/build/site/publisher.ts';
import { siteAddress } from './src/build/site/site-address.ts';
import { designCss } from './src/build/styles/design-css.ts';
import { copyWordsModule } from './src/build/site/copy-words.ts';
import { charts } from './src/charts/registry.ts';
import { defaultLocale, languageTag, locales, pathLocale } from './src/core/locale.ts';

const root = new URL('./', import.meta.url);

/**
 * Where the site will live (SITE_URL, else the host's main address, else the local preview's; src/build/site/), with
 * a path when it has one: `https://example.github.io/explainer/` gives the origin as Astro's `site` and `/explainer/`
 * as its `base`, so every URL the pages build (src/core/url.ts) carries it.
 */
const address = siteAddress();
const siteUrl = new URL(address.href);
const base = siteUrl.pathname;
/** Who publishes this copy (content/publisher.json), for src/core/publisher.ts. */
const publisher = readPublisher(fileURLToPath(root));

export default defineConfig({
  site: siteUrl.origin,
  base,
  trailingSlash: 'always',
  // English at the root, Russian under /ru/ (src/core/locale.ts), with no fallback: a page without its translation is
  // missing, not English under /ru/. Astro.currentLocale tells a component its page's language.
  i18n: { locales: [...locales], defaultLocale, routing: { prefixDefaultLocale: false } },
  integrations: [
    contentCheck(),
    addressWarning(),
    mdx({ remarkPlugins: [[remarkScrolly, { root, base }]] }),
    // Writes sitemap-index.xml + sitemap-0.xml with absolute URLs under `base`, trailing slashes kept, 404 left out.
    // Embeddable step pages (/embed/…, /ru/embed/…) are for iframes, not search results, so they stay out too, and so do the short
    // links (/s/…), which send the reader on to a chapter, and the presentations (/present/…), which repeat the chapters;
    // both are marked noindex. A page with a twin in the other edition lists both (xhtml:link hreflang), as its head does.
    sitemap({
      filter: (page) =>
        !['/embed/', '/s/', '/present/'].some((dir) => pathLocale(`/${new URL(page).pathname.slice(base.length)}`).path.startsWith(dir)),
      i18n: { defaultLocale, locales: languageTag },
    }),
    headersUnderBase(),
    editionNotFound(),
    singleFileEditions(),
    inlineAssets(),
    // The stories' wide frames out of their pages' first bytes, into a file beside each (issue 26).
    wideFramesFiles(),
    // Each edition's service worker, whose plan holds its pages as the steps above left them.
    offlineWorkers(),
    // After every step that changes a page: the copy with relative links, unzipped in mirror/ and zipped in dist/.
    portableMirror(),
    // Last: the SHA-256 of every file the steps above wrote.
    checksums(),
  ],
  build: {
    // Each page carries its CSS, so its first paint waits for nothing but the HTML; the policy allows exactly these
    // styles by hash (src/build/postbuild/inline-assets.ts), never 'unsafe-inline'.
    inlineStylesheets: 'always',
  },
  // src/core/url.ts reads these; see there why not import.meta.env.BASE_URL.
  vite: {
    define: {
      __SITE_BASE__: JSON.stringify(base),
      __SITE_ROOT__: JSON.stringify(siteUrl.href),
      __SITE_PUBLISHER__: JSON.stringify(publisher),
      // src/offline/register-offline.ts: no page registers the kill switch (docs/deploying.md).
      __SITE_OFFLINE__: JSON.stringify(!offlineOff()),
    },
    plugins: [designStylesheet(), copyWords()],
    // A page's scripts stay files, loaded once it has painted (src/build/postbuild/defer-scripts.ts): Astro would
    // otherwise inline a small script that no other script shares, and it would run before the first paint. Terser
    // makes them smaller than esbuild does: a chapter's script by 0.8 KB of its 19 KB of gzip (5 December), which
    // keeps it under the 20 KB budget (test/site/budget.test.ts).
    build: {
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      minify: 'terser',
      terserOptions: { ecma: 2020, module: true, toplevel: true, compress: { passes: 3 } },
      // A component's script is named after its component ("Scrolly.<hash>.js"), not after the query Astro asks Vite
      // for ("Scrolly.astro_astro_type_script_index_0_lang.<hash>.js"): every chapter's loader names it.
      rollupOptions: {
        output: { entryFileNames: (chunk) => `_astro/${chunk.name.replace(/\.astro_astro_type_script_index_\d+_lang$/, '')}.[hash].js` },
      },
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});

/**
 * `import 'virtual:design.css'`: the tokens and the charts' mark styles as CSS (src/build/styles/design-css.ts), so that
 * a colour or type size is written once, in TypeScript, for the page and the downloads alike. The dev server restarts
 * when a file it is written from changes.
 * @returns {import('vite').Plugin}
 */
function designStylesheet() {
  const id = 'virtual:design.css';
  const resolved = `\0${id}`;
  return {
    name: 'design-stylesheet',
    resolveId: (source) => (source === id ? resolved : undefined),
    load: (loaded) => (loaded === resolved ? designCss(Object.values(charts)) : undefined),
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (/src\/(core\/tokens|charts\/.*\/?(styles|mark-style))\.ts$/.test(file)) void server.restart();
      });
    },
  };
}

/**
 * `import copyWords from 'virtual:copy-words'`: <copy-text>'s words in every language (src/build/site/copy-words.ts),
 * which its script carries rather than each page. The dev server restarts when the site's words change.
 * @returns {import('vite').Plugin}
 */
function copyWords() {
  const id = 'virtual:copy-words';
  const resolved = `\0${id}`;
  return {
    name: 'copy-words',
    resolveId: (source) => (source === id ? resolved : undefined),
    load: (loaded) => (loaded === resolved ? copyWordsModule() : undefined),
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (/content\/i18n\/\w+\.json$/.test(file)) void server.restart();
      });
    },
  };
}

/**
 * Netlify and Cloudflare Pages match the paths in `_headers` from the root of the host, so under a sub-path each rule
 * must carry the base: `/*` becomes `/explainer/*`, and `/embed/*` becomes `/explainer/embed/*`. public/_headers is
 * written as if the site sat at the root, like every other path in the project.
 * @returns {import('astro').AstroIntegration}
 */
function headersUnderBase() {
  return {
    name: 'headers-under-base',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        if (base === '/') return;
        const file = new URL('_headers', dir);
        const rules = await readFile(file, 'utf8');
        // A rule's path is a line that starts with "/"; header lines are indented and comments start with "#".
        await writeFile(file, rules.replace(/^\//gm, base));
      },
    },
  };
}

/**
 * Says once per build, through Astro's logger, when the build fell back to the local preview's address: a build for
 * publishing needs SITE_URL (or a host that names its address).
 * @returns {import('astro').AstroIntegration}
 */
function addressWarning() {
  return {
    name: 'site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (address.warning) logger.warn(address.warning);
      },
    },
  };
}

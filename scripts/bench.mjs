// `npm run bench`: build the site, serve dist/ as a static host would (gzip, the `_headers` rules: serve-dist.mjs, the
// same server as `npm start`, over a copy of dist/ with each text file gzipped beside it), run Lighthouse
// (mobile preset, simulated throttling) three times on every page of the sitemap, and print one markdown table of
// medians. A benchmark, not a test: it fails only when it cannot measure. Progress goes to stderr, the table to stdout
// and, dated, to bench/latest.md (docs/performance.md).
//
//   npm run bench                      build, then measure every page 3 times
//   npm run bench -- --runs 5 --no-build
//   npm run bench -- --no-build --only '/chapters/[^/]+/$'   the chapters alone (both editions)
//
// Chromium: CHROME_PATH, else Debian's headless shell, else /usr/bin/chromium (scripts/chromium.mjs says why the shell).
// Lighthouse is pinned (package.json) so numbers compare.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from './serve-dist.mjs';
import { stopWithParent } from './stop-with-parent.mjs';
import { chromiumFlags, chromiumPath } from './chromium.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    // Only the pages whose path (under the base) matches, e.g. --only '/chapters/[^/]+/$' for the chapters alone.
    only: { type: 'string' },
  },
});
const runs = Number(values.runs);
const log = (message) => process.stderr.write(`${message}\n`);
// If npm goes without a word, stop too (watched from the start, so that the process to watch is still there).
stopWithParent(() => process.kill(process.pid, 'SIGTERM'));

if (!values['no-build']) {
  log('Building…');
  const built = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (built.status !== 0) throw new Error(`astro build failed:\n${built.stdout}\n${built.stderr}`);
}

const { base, pages: everyPage } = sitemapPaths();
const pages = values.only ? everyPage.filter((page) => new RegExp(values.only).test(page)) : everyPage;
if (pages.length === 0) throw new Error(`no page of the sitemap matches ${values.only}`);
const served = gzippedCopy(dist);
const server = await serveDist(served, { base, gzip: true });
if (loadavg()[0] > cpus().length) log(`Warning: load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores; timings will be slow.`);
const { origin } = server;
const chromePath = chromiumPath();
if (!chromePath) throw new Error('no Chromium: install it (apt-get install chromium-headless-shell, or chromium) or set CHROME_PATH');
const chromeFlags = chromiumFlags;

/** The Chromium of the run in progress, so that stopping the bench (Ctrl-C, SIGTERM) leaves no browser behind. */
let current;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, async () => {
    await server.close();
    rmSync(served, { recursive: true, force: true });
    await current?.kill();
    process.exit(130);
  });
}

/** The machine's 1-minute load average at the start of each run. */
const loads = [];
/** @type {Map<string, object[]>} Each page's Lighthouse results, one per run. */
const results = new Map(pages.map((p) => [p, []]));
try {
  // Runs go round the pages (1st run of every page, then the 2nd…) so a slow moment of the machine is spread out.
  for (let run = 1; run <= runs; run++) {
    for (const page of pages) {
      log(`Lighthouse ${run}/${runs} ${page}`);
      loads.push(loadavg()[0]);
      results.get(page).push(await measure(`${origin}${page}`));
    }
  }
} finally {
  await server.close();
  rmSync(served, { recursive: true, force: true });
}

const rows = pages.map((page) => {
  const lhrs = results.get(page);
  const score = (id) => median(lhrs.map((l) => Math.round(l.categories[id].score * 100)));
  const audit = (id) => median(lhrs.map((l) => l.audits[id].numericValue));
  const bytes = pageBytes(lhrs[0]);
  return [
    page,
    score('performance'),
    score('accessibility'),
    score('best-practices'),
    score('seo'),
    `${(audit('largest-contentful-paint') / 1000).toFixed(2)} s`,
    `${Math.round(audit('total-blocking-time'))} ms`,
    audit('cumulative-layout-shift').toFixed(3),
    kb(bytes.html),
    kb(bytes.js),
    kb(bytes.css),
    Math.round(audit('dom-size')).toLocaleString('en'),
  ];
});
const all = [...results.values()].flat();
const benchmarkIndex = Math.round(median(all.map((l) => l.environment.benchmarkIndex)));
const loadAverage = median(loads).toFixed(1);
const header = ['Page', 'Perf.', 'A11y', 'Best pr.', 'SEO', 'LCP', 'TBT', 'CLS', 'HTML gz', 'JS gz', 'CSS gz', 'DOM nodes'];
const line = (cells) => `| ${cells.join(' | ')} |`;
const lighthouseVersion = results.get(pages[0])[0].lighthouseVersion;
const table =
  [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n') +
  `\n\nLighthouse ${lighthouseVersion} mobile preset (simulated throttling), median of ${runs} runs; ` +
  `bytes gzipped as served. Machine: Lighthouse benchmark index ${benchmarkIndex}, load average ${loadAverage} on ` +
  `${cpus().length} cores (TBT, LCP and the performance score grow on a busy machine).`;
console.log(table);

// The same table, dated, in bench/latest.md: where the project's measurements live (commit it with a new one).
const latest = join(root, 'bench', 'latest.md');
mkdirSync(dirname(latest), { recursive: true });
writeFileSync(
  latest,
  `# Lighthouse medians, ${new Date().toISOString().slice(0, 10)}\n\n` +
    `Written by \`npm run bench\` (scripts/bench.mjs) with Lighthouse ${lighthouseVersion}; see docs/performance.md.\n\n` +
    `${table}\n`,
);
log(`Wrote ${relative(root, latest)}`);

/** One Lighthouse run in a fresh Chromium, as a first-time visitor sees the page. */
async function measure(url) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags, logLevel: 'silent', handleSIGINT: false });
  current = chrome;
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

/** The gzipped size of the page's HTML, and of every script and stylesheet it loaded, from the files in dist/. */
function pageBytes(lhr) {
  const sizes = { html: 0, js: 0, css: 0 };
  const kinds = { Document: 'html', Script: 'js', Stylesheet: 'css' };
  for (const request of lhr.audits['network-requests'].details.items) {
    const kind = kinds[request.resourceType];
    if (!kind || !request.url.startsWith(origin)) continue;
    sizes[kind] += gzipSync(readFileSync(fileFor(new URL(request.url).pathname.slice(base.length - 1)))).length;
  }
  return sizes;
}

/**
 * The pages a search engine is told about (the site's pages, without the 404 and the embeds), as paths with the
 * base, and the base the site was built for (SITE_URL), under which it is served here.
 */
function sitemapPaths() {
  const locs = (path) =>
    [...readFileSync(join(dist, path), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url).pathname);
  const sitemaps = locs('sitemap-index.xml');
  const base = sitemaps[0].slice(0, sitemaps[0].lastIndexOf('/') + 1);
  return { base, pages: sitemaps.flatMap((path) => locs(path.slice(base.length))) };
}

function fileFor(pathname) {
  const file = join(dist, normalize(decodeURIComponent(pathname)));
  return existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
}

/**
 * A copy of `dir` in which every text file (HTML, CSS, JavaScript, SVG, XML, JSON, CSV, text) has a gzipped sibling
 * (`x.html.gz`), which the server sends to a browser that accepts gzip, as a host that compresses would.
 */
function gzippedCopy(dir) {
  const copy = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  cpSync(dir, copy, { recursive: true });
  for (const file of readdirSync(copy, { recursive: true })) {
    if (/\.(html|css|js|svg|xml|json|csv|txt)$/.test(file))
      writeFileSync(join(copy, `${file}.gz`), gzipSync(readFileSync(join(copy, file))));
  }
  return copy;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

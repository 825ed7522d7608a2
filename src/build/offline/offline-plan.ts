import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { pathLocale, type Locale } from '../../core/locale.ts';
import { offlineWorker, type OfflinePlan } from '../../offline/offline-worker.ts';
import { workerPath } from '../../offline/register-offline.ts';

/** How long a reader waits for the network before the kept copy of a page answers (issue 26: a frozen connection). */
export const networkTimeoutMs = 3000;

/** Whether this build turns offline reading off (SITE_OFFLINE=off): its workers are then the kill switch. */
export const offlineOff = (): boolean => process.env.SITE_OFFLINE === 'off';

/**
 * Pages that are not the edition's to read offline, by their path in the edition: a step's embed is for another site's
 * frame; the 404 page is for hosts; a download (the single-file edition) is a file to keep, not a page to browse.
 */
const notKept = /^\/embed\/|^\/404\.html$|^\/downloads\//;

/**
 * The site paths a page loads as it renders besides its scripts: its images and icon, and its stories' wide frames
 * (src/build/postbuild/split-wide-frames.ts). A lazy image is not one of them: a step's PNG, which only a browser that
 * draws no SVG ever shows (src/components/scrolly/Step.astro).
 */
const loads =
  /<img (?![^>]*\bloading="lazy")[^>]*\bsrc="([^"]+)"|<link rel="icon" href="([^"]+)"|<scrolly-story\b[^>]*\sdata-frames="([^"]+)"/g;

/**
 * The plan of `locale`'s service worker (src/offline/offline-worker.ts): every page of the edition but its embeds and
 * 404 page, kept by its folder's address, every script of the site, and the images and icon those pages show, as
 * addresses relative to the worker, which sits at the top of the edition's folder. Its version is the SHA-256 of those
 * files' addresses and contents, so it changes with any of them. `files` maps each built file's path inside the site
 * ("chapters/x/index.html") to its bytes; `base` is the base the site was built for. Pure.
 */
export function offlinePlan(files: ReadonlyMap<string, Uint8Array>, base: string, locale: Locale, off = false): OfflinePlan {
  // The worker's folder: "." for the default language, "ru" for Russian.
  const folder = posix.dirname(workerPath(locale));
  const pages = [...files.keys()]
    .filter((path) => path.endsWith('.html'))
    .filter((path) => {
      const edition = pathLocale(`/${path}`);
      return edition.locale === locale && !notKept.test(edition.path);
    })
    .sort();
  const loaded = new Set<string>();
  for (const page of pages)
    for (const match of Buffer.from(files.get(page)!).toString('utf8').matchAll(loads)) {
      const href = (match[1] ?? match[2] ?? match[3])!;
      if (!href.startsWith(base)) continue;
      const path = posix.normalize(href.slice(base.length));
      if (!files.has(path)) throw new Error(`${page}: loads ${href}, which the build did not write`);
      loaded.add(path);
    }
  // Every script: a few tens of KB in all, and a script may import another that no page names.
  const scripts = [...files.keys()].filter((path) => path.startsWith('_astro/'));
  const kept = [...pages, ...[...new Set([...scripts, ...loaded])].sort()];
  const hash = createHash('sha256');
  for (const path of kept) hash.update(`${path}\0`).update(files.get(path)!).update('\0');
  /** A file's address relative to the worker; a page's is its folder's ("chapters/x/", "./"). */
  const address = (path: string) => {
    const page = path === 'index.html' || path.endsWith('/index.html');
    const relative = posix.relative(folder, page ? posix.dirname(path) : path);
    return page ? (relative ? `${relative}/` : './') : relative;
  };
  return {
    cachePrefix: `offline-${locale}`,
    version: hash.digest('hex').slice(0, 16),
    precache: kept.map(address),
    timeoutMs: networkTimeoutMs,
    off,
  };
}

/** The worker's source: offlineWorker, copied in as text, run on its plan. */
export function workerSource(plan: OfflinePlan): string {
  const source = `/* Keeps this edition for reading offline: src/offline/offline-worker.ts. */\n(${offlineWorker.toString()})(self, ${JSON.stringify(plan)});\n`;
  // Copied in as source text: make sure what came out is a script at all.
  new Function(source);
  return source;
}

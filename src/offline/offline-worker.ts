/**
 * What the build tells an edition's service worker (src/build/offline/offline-plan.ts): which files to keep for
 * reading offline, under which version, and how long a reader waits for the network before the kept copy is shown.
 */
export interface OfflinePlan {
  /**
   * The start of every cache name this worker makes, one per edition ("<prefix> <its folder's address> <version>"):
   * caches that start otherwise are not its own.
   */
  readonly cachePrefix: string;
  /** Changes whenever a kept file does, so that a new build installs a new worker and its own cache. */
  readonly version: string;
  /** The files to keep, as addresses relative to the worker's own: the edition's pages and the scripts they load. */
  readonly precache: readonly string[];
  /** How long a request waits for the network before the kept copy answers it. */
  readonly timeoutMs: number;
  /** The kill switch: a worker that deletes its edition's caches and unregisters itself, for a publisher to turn offline reading off. */
  readonly off: boolean;
}

/** The parts of a service worker's global scope the worker uses (lib.webworker's names, without the whole library). */
export interface WorkerScope {
  readonly location: { readonly href: string; readonly origin: string };
  readonly caches: CacheStorage;
  readonly registration: { unregister(): Promise<boolean> };
  readonly clients: { claim(): Promise<void> };
  fetch(request: Request): Promise<Response>;
  setTimeout(callback: () => void, ms: number): unknown;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: { waitUntil(promise: Promise<unknown>): void }) => void): void;
  addEventListener(
    type: 'fetch',
    listener: (event: { readonly request: Request; respondWith(response: Promise<Response>): void }) => void,
  ): void;
}

/**
 * An edition's service worker (issue 26): after one visit, the edition reads offline, and a connection that freezes
 * never leaves a reader waiting on a page it has kept.
 * - Installing, it keeps every file of the plan in a cache of its version; activating, it deletes its older versions'
 *   caches, so that one visit after a new build leaves only the new one.
 * - A script from `_astro/`, whose name changes with its content, comes from the cache first.
 * - Any other file of the edition comes from the network; should the network fail, answer with an error, or not have
 *   answered within `timeoutMs`, the kept copy answers instead (a page by its folder's address or its index.html
 *   alike), and with no kept copy the network is waited for.
 * - Requests for other origins, and other methods than GET, are left to the browser.
 * The build writes it into the site as source text, `(${offlineWorker})(self, plan)`, so it uses nothing from outside
 * its own body. The kill switch (`plan.off`) deletes the caches and unregisters at once.
 */
export function offlineWorker(scope: WorkerScope, plan: OfflinePlan): void {
  const root = new URL('./', scope.location.href).href;
  // Two copies of the site on one origin (a mirror at /a/ and another at /b/) keep caches apart by their folder.
  const prefix = `${plan.cachePrefix} ${root} `;
  const name = prefix + plan.version;
  const clear = (keep?: string) =>
    scope.caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(prefix) && n !== keep).map((n) => scope.caches.delete(n))));
  scope.addEventListener('install', (event) => {
    const keep = plan.off
      ? Promise.resolve()
      : // From the server, never from the browser's HTTP cache, which may hold an older build's page.
        scope.caches
          .open(name)
          .then((cache) => cache.addAll(plan.precache.map((path) => new Request(new URL(path, root).href, { cache: 'reload' }))));
    event.waitUntil(keep.then(() => scope.skipWaiting()));
  });
  scope.addEventListener('activate', (event) => {
    event.waitUntil(plan.off ? clear().then(() => scope.registration.unregister()) : clear(name).then(() => scope.clients.claim()));
  });
  if (plan.off) return;

  /** The kept copy of a request: a page is kept by its folder's address, and asked for by either that or its index.html. */
  const kept = async (url: string): Promise<Response | undefined> => {
    // Looked up in this version's cache by name: opening it would make it again, were it just deleted.
    const other = url.endsWith('/') ? `${url}index.html` : /\/index\.html$/.test(url) ? url.replace(/index\.html$/, '') : undefined;
    return (
      (await scope.caches.match(url, { cacheName: name })) ??
      (other === undefined ? undefined : await scope.caches.match(other, { cacheName: name }))
    );
  };
  const networkFirst = (request: Request, url: string) =>
    new Promise<Response>((resolve) => {
      let answered = false;
      const answer = (response: Response | undefined) => {
        if (!response || answered) return;
        answered = true;
        resolve(response);
      };
      scope.setTimeout(() => void kept(url).then(answer), plan.timeoutMs);
      // A network that answers with an error (a host's or a censor's page) gives way to the kept copy, if there is one.
      scope.fetch(request).then(
        (response) => (response.ok ? answer(response) : kept(url).then((copy) => answer(copy ?? response))),
        () => kept(url).then((copy) => answer(copy ?? Response.error())),
      );
    });
  scope.addEventListener('fetch', (event) => {
    const { request } = event;
    const url = request.url.replace(/[?#].*$/, '');
    if (request.method !== 'GET' || !url.startsWith(`${scope.location.origin}/`)) return;
    if (/\/_astro\/[^/]+$/.test(url)) event.respondWith(kept(url).then((copy) => copy ?? scope.fetch(request)));
    else event.respondWith(networkFirst(request, url));
  });
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { offlineWorker, type OfflinePlan, type WorkerScope } from '../../src/offline/offline-worker.ts';

const origin = 'https://example.org';
const plan: OfflinePlan = {
  cachePrefix: 'offline-ru',
  version: 'v2',
  precache: ['./', 'chapters/x/', '../_astro/a.js'],
  timeoutMs: 3000,
  off: false,
};

/** A service worker's scope, with caches in memory and a network that answers as each test says. */
function scope(network: (url: string) => Promise<Response>, names: string[] = []) {
  const caches = new Map<string, Map<string, Response>>(names.map((n) => [n, new Map()]));
  const listeners: Record<string, (event: never) => void> = {};
  const fetched: string[] = [];
  const unregistered = vi.fn(async () => true);
  const worker: WorkerScope = {
    location: { href: `${origin}/ru/sw.js`, origin },
    caches: {
      keys: async () => [...caches.keys()],
      delete: async (name: string) => caches.delete(name),
      match: async (url: string, options: { cacheName: string }) => caches.get(options.cacheName)?.get(url)?.clone(),
      open: async (name: string) => {
        const cache = caches.get(name) ?? caches.set(name, new Map()).get(name)!;
        return {
          addAll: async (requests: Request[]) =>
            void (await Promise.all(
              requests.map(async (request) => {
                // Kept from the server, never from the browser's HTTP cache.
                expect(request.cache).toBe('reload');
                cache.set(request.url, await network(request.url));
              }),
            )),
        } as unknown as Cache;
      },
    } as unknown as CacheStorage,
    registration: { unregister: unregistered },
    clients: { claim: async () => undefined },
    fetch: (request: Request) => (fetched.push(request.url), network(request.url)),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    skipWaiting: async () => undefined,
    addEventListener: (type: string, listener: (event: never) => void) => void (listeners[type] = listener),
  };
  /** Runs an install or activate event to its end. */
  const lifecycle = async (type: 'install' | 'activate') => {
    let done: Promise<unknown> = Promise.resolve();
    listeners[type]!({ waitUntil: (p: Promise<unknown>) => (done = p) } as never);
    await done;
  };
  /** A GET for `url` as the page makes it: the worker's answer, or undefined where it leaves the request to the browser. */
  const request = (url: string, method = 'GET') => {
    let answer: Promise<Response> | undefined;
    listeners.fetch!({ request: new Request(url, { method }), respondWith: (r: Promise<Response>) => (answer = r) } as never);
    return answer;
  };
  return { worker, caches, lifecycle, request, fetched, unregistered, listens: () => Object.keys(listeners).sort() };
}

const page = (text: string) => new Response(text, { headers: { 'content-type': 'text/html' } });
const frozen = () => new Promise<Response>(() => undefined);

describe('offlineWorker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps every file of its plan on install, in a cache of its edition, folder and version, and drops only its own older caches on activate', async () => {
    const others = ['offline-en https://example.org/ v1', 'offline-ru https://example.org/mirror/ v1', 'someone-else'];
    const { worker, caches, lifecycle } = scope(async (url) => page(url), ['offline-ru https://example.org/ru/ v1', ...others]);
    offlineWorker(worker, plan);
    await lifecycle('install');
    const name = 'offline-ru https://example.org/ru/ v2';
    expect([...caches.get(name)!.keys()]).toEqual([`${origin}/ru/`, `${origin}/ru/chapters/x/`, `${origin}/_astro/a.js`]);
    await lifecycle('activate');
    expect([...caches.keys()].sort()).toEqual([name, ...others].sort());
  });

  describe('once installed', () => {
    async function installed(network: (url: string) => Promise<Response>) {
      let online = true;
      const worker = scope((url) => (online ? Promise.resolve(page(`kept ${url}`)) : network(url)));
      offlineWorker(worker.worker, plan);
      await worker.lifecycle('install');
      online = false;
      return worker;
    }

    it('answers a page from the network while it answers', async () => {
      const { request } = await installed(async (url) => page(`fresh ${url}`));
      expect(await (await request(`${origin}/ru/chapters/x/`))!.text()).toBe(`fresh ${origin}/ru/chapters/x/`);
    });

    it('answers with the kept page at once when the network fails, by its folder or its index.html', async () => {
      const { request } = await installed(() => Promise.reject(new TypeError('offline')));
      expect(await (await request(`${origin}/ru/chapters/x/index.html#step`))!.text()).toBe(`kept ${origin}/ru/chapters/x/`);
      expect((await request(`${origin}/ru/chapters/y/`))!.type).toBe('error');
    });

    it('answers with the kept page 3 seconds after the request when the network hangs, and not before', async () => {
      const { request } = await installed(frozen);
      let text: string | undefined;
      void request(`${origin}/ru/`)!.then(async (r) => (text = await r.text()));
      await vi.advanceTimersByTimeAsync(2999);
      expect(text).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(text).toBe(`kept ${origin}/ru/`);
    });

    it('answers with the kept page when the network answers with an error, and with the error when it kept none', async () => {
      const { request } = await installed(async () => new Response('blocked', { status: 451 }));
      expect(await (await request(`${origin}/ru/`))!.text()).toBe(`kept ${origin}/ru/`);
      expect((await request(`${origin}/ru/other/`))!.status).toBe(451);
    });

    it('keeps waiting for the network for a file it has not kept', async () => {
      let answer: (r: Response) => void = () => undefined;
      const { request } = await installed(() => new Promise((resolve) => (answer = resolve)));
      let text: string | undefined;
      void request(`${origin}/downloads/a.png`)!.then(async (r) => (text = await r.text()));
      await vi.advanceTimersByTimeAsync(10_000);
      expect(text).toBeUndefined();
      answer(page('late'));
      await vi.advanceTimersByTimeAsync(0);
      expect(text).toBe('late');
    });

    it('answers a script of _astro/ from what it kept, without asking the network', async () => {
      const { request, fetched } = await installed(frozen);
      expect(await (await request(`${origin}/_astro/a.js`))!.text()).toBe(`kept ${origin}/_astro/a.js`);
      expect(fetched).toEqual([]);
    });

    it('leaves other origins and other methods to the browser', async () => {
      const { request } = await installed(frozen);
      expect(request('https://elsewhere.example/ru/')).toBeUndefined();
      expect(request(`${origin}/ru/`, 'POST')).toBeUndefined();
    });
  });

  it('as the kill switch, keeps nothing, answers nothing, deletes its edition’s caches and unregisters', async () => {
    const { worker, caches, lifecycle, listens, unregistered } = scope(
      async (url) => page(url),
      ['offline-ru https://example.org/ru/ v1', 'offline-en https://example.org/ v1'],
    );
    offlineWorker(worker, { ...plan, off: true });
    await lifecycle('install');
    await lifecycle('activate');
    expect([...caches.keys()]).toEqual(['offline-en https://example.org/ v1']);
    expect(unregistered).toHaveBeenCalledOnce();
    expect(listens()).toEqual(['activate', 'install']);
  });
});

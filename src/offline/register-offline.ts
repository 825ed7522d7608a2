import { defaultLocale } from '../core/locale.ts';

/** The file name of each edition's service worker, in the edition's folder (src/build/postbuild/offline-workers.ts). */
export const workerFile = 'sw.js';

/** What a page knows of where it runs: the parts of `window` the registration reads. */
export interface PageContext {
  readonly isSecureContext: boolean;
  readonly location: { readonly protocol: string };
  readonly navigator: { readonly serviceWorker?: { register(url: URL): Promise<unknown> } };
}

/**
 * Registers the service worker of the page's edition (src/offline/offline-worker.ts), so that after this visit the
 * edition reads offline. `scriptUrl` is the address of the site's script that calls it (`import.meta.url`, a file in
 * `_astro/` at the top of the site), from which the edition's folder is found under any origin and path; `lang` is
 * the page's language. Only in a secure context served over HTTP(S), where browsers allow a service worker at all
 * (not from disk, not over plain HTTP to another machine); a page that cannot register is read as it is.
 */
export function registerOffline(page: PageContext, scriptUrl: string, lang: string): void {
  const workers = page.navigator.serviceWorker;
  if (!page.isSecureContext || !workers || !/^https?:$/.test(page.location.protocol)) return;
  const folder = lang === defaultLocale ? '' : `${lang}/`;
  workers.register(new URL(`../${folder}${workerFile}`, scriptUrl)).catch(() => undefined);
}

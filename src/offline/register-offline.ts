import { languageTag, localePath, locales, type Locale } from '../core/locale.ts';

// Set by astro.config.mjs (`vite.define`): false when the build turns offline reading off (SITE_OFFLINE=off), and its
// workers are the kill switch, which no page should register again. Absent outside a build (unit tests).
declare const __SITE_OFFLINE__: boolean | undefined;
const offline = typeof __SITE_OFFLINE__ === 'boolean' ? __SITE_OFFLINE__ : true;

/** The file name of each edition's service worker, in the edition's folder (src/build/postbuild/offline-workers.ts). */
const workerFile = 'sw.js';

/** Where `locale`'s worker sits in the site: at the top of the edition's folder ("sw.js", "ru/sw.js"), whose pages it serves. */
export const workerPath = (locale: Locale): string => `${localePath(locale, '/').slice(1)}${workerFile}`;

/** What a page knows of where it runs: the parts of `window` the registration reads. */
export interface PageContext {
  readonly isSecureContext: boolean;
  readonly location: { readonly protocol: string };
  readonly navigator: {
    readonly serviceWorker?: { register(url: URL): Promise<unknown> };
    /** The Network Information API, where there is one: `saveData` when the reader asked the browser to save data. */
    readonly connection?: { readonly saveData?: boolean };
  };
}

/**
 * Registers the service worker of the page's edition (src/offline/offline-worker.ts), so that after this visit the
 * edition reads offline. `scriptUrl` is the address of the site's script that calls it (`import.meta.url`, a file in
 * `_astro/` at the top of the site), from which the edition's folder is found under any origin and path; `lang` is
 * the page's language. Only in a secure context served over HTTP(S), where browsers allow a service worker at all
 * (not from disk, not over plain HTTP to another machine); not when the reader asked the browser to save data, since
 * the worker then fetches the edition's every page (about half a megabyte of gzip); not when the build turned
 * offline reading off; and not from a script inlined in its page rather than loaded from the site's file. A page that does not register is read as it is.
 */
export function registerOffline(page: PageContext, scriptUrl: string, lang: string): void {
  const workers = page.navigator.serviceWorker;
  const locale = locales.find((l) => languageTag[l] === lang);
  if (!offline || !locale || !page.isSecureContext || !workers || !/^https?:$/.test(page.location.protocol)) return;
  // A script inlined in its page (the single-file edition, src/build/single/) has the page's address, not a script
  // file's, and no site around it.
  if (!new URL(scriptUrl).pathname.endsWith('.js')) return;
  if (page.navigator.connection?.saveData) return;
  // The top of the site is one folder up from the script.
  workers.register(new URL(`../${workerPath(locale)}`, scriptUrl)).catch(() => undefined);
}

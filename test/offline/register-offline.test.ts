import { describe, expect, it } from 'vitest';
import { registerOffline, workerPath, type PageContext } from '../../src/offline/register-offline.ts';

/** A page's context as the registration reads it, recording what it registers. */
function page(isSecureContext: boolean, protocol: string, withWorkers = true, saveData?: boolean) {
  const registered: string[] = [];
  const context: PageContext = {
    isSecureContext,
    location: { protocol },
    navigator: {
      ...(withWorkers ? { serviceWorker: { register: async (url: URL) => void registered.push(url.href) } } : {}),
      ...(saveData === undefined ? {} : { connection: { saveData } }),
    },
  };
  return { context, registered };
}

describe('registerOffline', () => {
  const script = 'https://example.org/explainer/_astro/Scrolly.abc123.js';

  it("registers the edition's worker at the top of its folder, found from the script's own address", () => {
    const english = page(true, 'https:');
    registerOffline(english.context, script, 'en');
    const russian = page(true, 'https:');
    registerOffline(russian.context, script, 'ru');
    expect([...english.registered, ...russian.registered]).toEqual([
      'https://example.org/explainer/sw.js',
      'https://example.org/explainer/ru/sw.js',
    ]);
    expect([workerPath('en'), workerPath('ru')]).toEqual(['sw.js', 'ru/sw.js']);
  });

  it('registers nothing outside a secure context, from disk, where the browser has no service workers, or for a reader saving data', () => {
    const cases = [page(false, 'http:'), page(true, 'file:'), page(true, 'https:', false), page(true, 'https:', true, true)];
    const saving = page(true, 'https:', true, false);
    registerOffline(saving.context, script, 'en');
    expect(saving.registered).toEqual(['https://example.org/explainer/sw.js']);
    for (const { context } of cases) registerOffline(context, script, 'en');
    expect(cases.flatMap((c) => c.registered)).toEqual([]);
  });

  it('registers nothing from a script inlined in its page (the single-file edition), which has the page’s address', () => {
    const served = page(true, 'https:');
    registerOffline(served.context, 'https://example.org/explainer/downloads/digital-sovereignty-explainer-en.html', 'en');
    registerOffline(served.context, 'https://example.org/explainer/downloads/', 'en');
    expect(served.registered).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { deferScripts } from '../../../src/build/postbuild/defer-scripts.ts';

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
/** A print stylesheet's link, as inline-assets.ts writes it. */
const printLink = '<link rel="stylesheet" href="/_astro/print.0123456789.css" media="print">';

describe('deferScripts', () => {
  it('replaces the module scripts with one inline module that imports each once', () => {
    const html = deferScripts(
      page(
        '<main>text</main><script type="module" src="/_astro/a.js"></script><p>more</p><script type="module" src="/_astro/b.js"></script><script type="module" src="/_astro/a.js"></script>',
      ),
    );
    const loader = /^<main>text<\/main><p>more<\/p><script type="module">(.+)<\/script><\/body><\/html>$/.exec(
      html.slice(html.indexOf('<main>')),
    );
    expect(loader).not.toBeNull();
    expect([...loader![1]!.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['/_astro/a.js', '/_astro/b.js']);
  });

  describe('the loader', () => {
    /**
     * Runs a page's loader against stand-ins for the browser: `paint` says whether it reports paints, `observable`
     * whether observing them works. Returns what it imported, the queues of its timers, animation frames and `load`
     * handlers, how to settle the imports, and the root's data attributes.
     */
    function run(globals: { paint: boolean; observable?: boolean }, story = '<scrolly-story></scrolly-story>') {
      const source = /<script type="module">(.+)<\/script>/.exec(
        deferScripts(page(`${printLink}${story}<script type="module" src="/_astro/a.js"></script>`)),
      )![1]!;
      const imported: string[] = [];
      const timers: (() => void)[] = [];
      const delays: (number | undefined)[] = [];
      const onLoad: (() => void)[] = [];
      const frames: (() => void)[] = [];
      const observers: { report: (names: string[]) => void }[] = [];
      const settle = { resolve: () => {}, reject: () => {} };
      const module = new Promise<void>((resolve, reject) => Object.assign(settle, { resolve, reject }));
      // The page's <noscript data-print>, as a browser with scripting reads it: its link is its text.
      const noscript = { textContent: printLink, outerHTML: `<noscript data-print>${printLink}</noscript>` };
      const document = {
        documentElement: { dataset: {} as Record<string, string> },
        querySelectorAll: (selector: string) => (selector === 'noscript[data-print]' ? [noscript] : []),
      };
      class PerformanceObserver {
        static supportedEntryTypes = globals.paint ? ['navigation', 'paint'] : ['navigation'];
        constructor(callback: (list: unknown) => void) {
          observers.push({ report: (names) => callback({ getEntriesByName: (n: string) => names.filter((x) => x === n) }) });
        }
        observe() {
          if (globals.observable === false) throw new TypeError('PerformanceObserver is disabled');
        }
      }
      new Function(
        'self',
        'setTimeout',
        'clearTimeout',
        'addEventListener',
        'requestAnimationFrame',
        'import_',
        'document',
        source.replaceAll('import(', 'import_('),
      )(
        { PerformanceObserver },
        // A timer's id is its place in the queue, from 1; a cleared timer does nothing when it comes.
        (f: () => void, ms?: number) => timers.push(f) && delays.push(ms),
        (id: number) => (timers[id - 1] = () => undefined),
        (type: string, f: () => void) => type === 'load' && onLoad.push(f),
        (f: () => void) => frames.push(f),
        (src: string) => (imported.push(src), module),
        document,
      );
      // Timers keep their places, which are their ids; `load` handlers and frames are taken off as they run.
      let due = 0;
      const next = (queue: (() => void)[]) => (queue === timers ? timers[due++]!() : queue.shift()!());
      return { imported, timers, delays, onLoad, frames, observers, next, settle, root: document.documentElement.dataset, noscript };
    }

    it('imports the scripts and puts the print stylesheet back once the first contentful paint is reported, only once', () => {
      const { imported, timers, onLoad, frames, observers, next, noscript } = run({ paint: true });
      observers[0]!.report(['first-paint']);
      expect(timers).toHaveLength(0);
      expect(noscript.outerHTML).not.toBe(printLink);
      observers[0]!.report(['first-contentful-paint']);
      next(timers);
      expect(imported).toEqual(['/_astro/a.js']);
      expect(noscript.outerHTML).toBe(printLink);
      // The timer after `load` and a frame comes later and imports nothing more.
      next(onLoad);
      next(frames);
      timers.at(-1)!();
      expect(imported).toEqual(['/_astro/a.js']);
    });

    // A page opened from disk in Chromium, which loads no module from file://, or a connection that froze.
    const flush = () => new Promise((resolve) => setTimeout(resolve));
    it('marks the root data-scripts="missing" when the scripts fail to load, so that its stories read in flow', async () => {
      const { timers, onLoad, frames, next, settle, root } = run({ paint: false });
      next(onLoad);
      next(frames);
      next(timers);
      settle.reject();
      await flush();
      expect(root).toEqual({ scripts: 'missing' });
    });

    it('on a page without a story, whose layout waits on no script, neither times its scripts nor marks the root', async () => {
      const { imported, timers, delays, onLoad, frames, next, root } = run({ paint: false }, '<main>text</main>');
      next(onLoad);
      next(frames);
      next(timers);
      await flush();
      expect({ imported, delays, root }).toEqual({ imported: ['/_astro/a.js'], delays: [500], root: {} });
    });

    it('marks it when the scripts have not arrived three seconds after they were asked for, and not when they have', async () => {
      for (const arrive of [false, true]) {
        const { timers, delays, onLoad, frames, next, settle, root } = run({ paint: false });
        next(onLoad);
        next(frames);
        next(timers);
        expect(delays.at(-1)).toBe(3000);
        if (arrive) settle.resolve();
        await flush();
        next(timers);
        await flush();
        expect(root).toEqual(arrive ? {} : { scripts: 'missing' });
      }
    });

    it('imports them half a second after the first frame after `load` when no paint is reported (Firefox, at a #fragment)', () => {
      const { imported, timers, delays, onLoad, frames, next } = run({ paint: true });
      next(onLoad);
      // Until a frame is drawn, no timer runs: Chromium may parse a page and ask for no frame for some 500 ms.
      expect({ imported, delays }).toEqual({ imported: [], delays: [] });
      next(frames);
      expect(imported).toEqual([]);
      expect(delays).toEqual([500]);
      next(timers);
      expect(imported).toEqual(['/_astro/a.js']);
    });

    for (const globals of [{ paint: false }, { paint: true, observable: false }]) {
      it(`imports them half a second after the first frame after \`load\` where ${globals.paint ? 'paints cannot be observed' : 'Paint Timing is missing'}`, () => {
        const { imported, timers, onLoad, frames, next } = run(globals);
        next(onLoad);
        next(frames);
        next(timers);
        expect(imported).toEqual(['/_astro/a.js']);
      });
    }
  });

  it('puts the print stylesheet of a page with scripts in a <noscript>: fetched after the paint, or at once without scripting', () => {
    const html = deferScripts(page(`${printLink}<main>text</main><script type="module" src="/_astro/a.js"></script>`));
    expect(html).toContain(`<head><title>t</title></head><body><noscript data-print>${printLink}</noscript><main>`);
    expect(html.split(printLink)).toHaveLength(2);
  });

  it('leaves the print stylesheet of a page without scripts as it is', () => {
    const html = page(`${printLink}<main>text</main>`);
    expect(deferScripts(html)).toBe(html);
  });

  it('keeps the base path the sources carry', () => {
    expect(deferScripts(page('<script type="module" src="/explainer/_astro/a.js"></script>'))).toContain(
      'import("/explainer/_astro/a.js")',
    );
  });

  it('leaves a page without scripts unchanged', () => {
    const html = page('<main>text</main>');
    expect(deferScripts(html)).toBe(html);
  });
});

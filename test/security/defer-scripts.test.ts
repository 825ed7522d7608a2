import { describe, expect, it } from 'vitest';
import { deferScripts } from '../../src/security/defer-scripts.ts';

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('deferScripts', () => {
  it('replaces the module scripts with one inline module that imports each once', () => {
    const html = deferScripts(
      page('<main>text</main><script type="module" src="/_astro/a.js"></script><p>more</p><script type="module" src="/_astro/b.js"></script><script type="module" src="/_astro/a.js"></script>'),
    );
    const loader = /^<main>text<\/main><p>more<\/p><script type="module">(.+)<\/script><\/body><\/html>$/.exec(html.slice(html.indexOf('<main>')));
    expect(loader).not.toBeNull();
    expect([...loader![1]!.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['/_astro/a.js', '/_astro/b.js']);
  });

  describe('the loader', () => {
    /** Runs a page's loader with the given browser globals and reports which scripts it imported, and when. */
    function run(globals: { paint: boolean }) {
      const source = /<script type="module">(.+)<\/script>/.exec(deferScripts(page('<script type="module" src="/_astro/a.js"></script>')))![1]!;
      const imported: string[] = [];
      const timers: (() => void)[] = [];
      const delays: (number | undefined)[] = [];
      const frames: (() => void)[] = [];
      const observers: { report: (names: string[]) => void }[] = [];
      class PerformanceObserver {
        static supportedEntryTypes = globals.paint ? ['navigation', 'paint'] : ['navigation'];
        constructor(callback: (list: unknown) => void) {
          observers.push({ report: (names) => callback({ getEntriesByName: (n: string) => names.filter((x) => x === n) }) });
        }
        observe() {}
      }
      new Function('PerformanceObserver', 'setTimeout', 'requestAnimationFrame', 'import_', source.replaceAll('import(', 'import_('))(
        PerformanceObserver,
        (f: () => void, ms?: number) => timers.push(f) && delays.push(ms),
        (f: () => void) => frames.push(f),
        (src: string) => imported.push(src),
      );
      return { imported, timers, delays, frames, observers };
    }

    it('imports the scripts only after the first contentful paint is reported, once', () => {
      const { imported, timers, observers } = run({ paint: true });
      const [fallback] = timers.splice(0);
      observers[0]!.report(['first-paint']);
      expect(timers).toHaveLength(0);
      observers[0]!.report(['first-contentful-paint']);
      timers.shift()!();
      expect(imported).toEqual(['/_astro/a.js']);
      fallback!();
      expect(imported).toEqual(['/_astro/a.js']);
    });

    it('imports them after three seconds when no paint is reported', () => {
      const { imported, timers, delays } = run({ paint: true });
      expect(imported).toEqual([]);
      expect(delays).toEqual([3000]);
      timers.shift()!();
      expect(imported).toEqual(['/_astro/a.js']);
    });

    it('imports them after the next animation frame where Paint Timing is missing', () => {
      const { imported, timers, frames } = run({ paint: false });
      expect(timers).toHaveLength(0);
      frames.shift()!();
      timers.shift()!();
      expect(imported).toEqual(['/_astro/a.js']);
    });
  });

  it('keeps the base path the sources carry', () => {
    expect(deferScripts(page('<script type="module" src="/explainer/_astro/a.js"></script>'))).toContain('import("/explainer/_astro/a.js")');
  });

  it('leaves a page without scripts unchanged', () => {
    const html = page('<main>text</main>');
    expect(deferScripts(html)).toBe(html);
  });
});

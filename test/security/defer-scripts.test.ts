import { describe, expect, it } from 'vitest';
import { deferScripts } from '../../src/security/defer-scripts.ts';

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('deferScripts', () => {
  it('replaces the module scripts with one inline module that imports each once, after the next animation frame', () => {
    const html = deferScripts(
      page('<main>text</main><script type="module" src="/_astro/a.js"></script><p>more</p><script type="module" src="/_astro/b.js"></script><script type="module" src="/_astro/a.js"></script>'),
    );
    expect(html).toBe(
      page('<main>text</main><p>more</p><script type="module">requestAnimationFrame(()=>setTimeout(()=>{import("/_astro/a.js");import("/_astro/b.js");}));</script>'),
    );
  });

  it('keeps the base path the sources carry', () => {
    expect(deferScripts(page('<script type="module" src="/explainer/_astro/a.js"></script>'))).toContain('import("/explainer/_astro/a.js")');
  });

  it('leaves a page without scripts unchanged', () => {
    const html = page('<main>text</main>');
    expect(deferScripts(html)).toBe(html);
  });
});

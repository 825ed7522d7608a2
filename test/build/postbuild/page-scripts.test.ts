import { describe, expect, it } from 'vitest';
import { pageScripts } from '../../../src/build/postbuild/page-scripts.ts';

const scripts = new Map([
  ['_astro/story.a1.js', 'import{c as o}from"./copy.b2.js";o();import("./lazy.c3.js")'],
  ['_astro/copy.b2.js', 'export const c=()=>document.createElement("span").className="copy-text__status"'],
  ['_astro/lazy.c3.js', 'import"./copy.b2.js";'],
  ['_astro/kit.d4.js', 'import"./copy.b2.js";customElements.define("copy-text",class{})'],
]);
const page = (...srcs: string[]) =>
  `<html><body>${srcs.map((src) => `<script type="module" src="${src}"></script>`).join('')}</body></html>`;

describe('pageScripts', () => {
  it('gives the scripts a page names and every chunk they import, statically or not, each once', () => {
    expect(pageScripts(page('/explainer/_astro/story.a1.js'), '/explainer/', scripts)).toEqual([
      scripts.get('_astro/story.a1.js'),
      scripts.get('_astro/copy.b2.js'),
      scripts.get('_astro/lazy.c3.js'),
    ]);
  });

  it('leaves out the scripts of other pages, and gives none to a page without scripts', () => {
    expect(pageScripts(page('/_astro/story.a1.js'), '/', scripts).join('')).not.toContain('copy-text"');
    expect(pageScripts(page(), '/', scripts)).toEqual([]);
  });

  it('says which script is missing', () => {
    expect(() => pageScripts(page('/_astro/gone.e5.js'), '/', scripts)).toThrow('loads _astro/gone.e5.js, which the build did not write');
  });
});

import { describe, expect, it } from 'vitest';
import { designCss, layerOrder } from '../../../src/build/styles/design-css.ts';
import { charts } from '../../../src/charts/registry.ts';
import { layoutTokens, palettes } from '../../../src/core/tokens.ts';

const css = designCss(Object.values(charts));
const dark = css.slice(css.indexOf('prefers-color-scheme: dark'));

describe('the design stylesheet', () => {
  it('states the cascade order first', () => {
    expect(css.split('\n').find((line) => line.startsWith('@'))).toBe(layerOrder);
  });

  it('declares every token it uses, and each colour again for dark mode', () => {
    const used = new Set([...css.matchAll(/var\(--([\w-]+)\)/g)].map((m) => m[1]!));
    const declared = new Set([...css.matchAll(/^\s*--([\w-]+):/gm)].map((m) => m[1]!));
    expect([...used].filter((name) => !declared.has(name))).toEqual([]);
    for (const [name, value] of Object.entries(palettes.dark)) expect(dark).toContain(`--${name}: ${value};`);
  });

  it('sets a Russian page in one typeface that holds Cyrillic and Latin, and leaves the English stack alone', () => {
    expect(css).toContain(':root:lang(ru) {\n  --font-body: var(--font-body-ru);\n}');
    const russian = layoutTokens['font-body-ru'];
    // Charter has no Cyrillic: leading with it would set a Russian line's Latin names in one face and the rest in another.
    expect(russian).not.toMatch(/Charter/);
    expect(russian.split(',')[0]).toBe("'PT Serif'");
    expect(russian.endsWith(' serif')).toBe(true);
    expect(css).toContain(`--font-body: ${layoutTokens['font-body']};`);
    expect(layoutTokens['font-body'].startsWith('Charter')).toBe(true);
  });

  it.each(Object.values(charts).map((chart) => [chart.name, chart] as const))(
    "writes %s's own styles inside its frames",
    (_name, chart) => {
      for (const rule of chart.styles) expect(css).toContain(`.frame ${rule.selector} {`);
    },
  );
});

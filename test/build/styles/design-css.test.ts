import { describe, expect, it } from 'vitest';
import { designCss, layerOrder } from '../../../src/build/styles/design-css.ts';
import { charts } from '../../../src/charts/registry.ts';
import { palettes } from '../../../src/core/tokens.ts';

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

  it.each(Object.values(charts).map((chart) => [chart.name, chart] as const))(
    "writes %s's own styles inside its frames",
    (_name, chart) => {
      for (const rule of chart.styles) expect(css).toContain(`.frame ${rule.selector} {`);
    },
  );
});

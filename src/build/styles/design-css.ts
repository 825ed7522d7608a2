import { stylesOf, type Chart } from '../../charts/chart.ts';
import { styleDeclarations } from '../../charts/mark-style.ts';
import { layoutTokens, palettes } from '../../core/tokens.ts';

/** The cascade order, stated first in every stylesheet: a page's bundles may load in any order, and the first statement wins. */
export const layerOrder = '@layer reset, tokens, base, layout, components, charts, utilities, print;';

const block = (selector: string, declarations: Readonly<Record<string, string>>) =>
  `${selector} {\n${Object.entries(declarations)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n')}\n}`;

const custom = (tokens: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(tokens).map(([name, value]) => [`--${name}`, value]));

/**
 * The design stylesheet, written from the tokens and the charts' styles: every token as a custom property (the dark
 * palette under `prefers-color-scheme: dark`, a Russian page's own body type under `:lang(ru)`), and each chart's mark styles inside `.frame`. Vite serves it as
 * `virtual:design.css` (astro.config.mjs); the downloads resolve the same rules to attributes.
 */
export function designCss(charts: readonly Pick<Chart<unknown, unknown>, 'styles'>[]): string {
  const rules = [
    ...new Map(charts.flatMap((chart) => stylesOf(chart)).map((rule) => [rule.selector + JSON.stringify(rule.style), rule])).values(),
  ];
  const colour = (token: string) => `var(--${token})`;
  return [
    '/* Written by src/build/styles/design-css.ts from src/core/tokens.ts and the charts’ styles.ts: edit those. */',
    layerOrder,
    '@layer tokens {',
    block(':root', { 'color-scheme': 'light dark', ...custom(layoutTokens), ...custom(palettes.light) }),
    `@media (prefers-color-scheme: dark) {\n${block(':root', custom(palettes.dark))}\n}`,
    block(':root:lang(ru)', { '--font-body': 'var(--font-body-ru)' }),
    '}',
    '@layer charts {',
    ...rules.map((rule) => block(`.frame ${rule.selector}`, styleDeclarations(rule.style, colour, colour))),
    '}',
    '',
  ].join('\n');
}

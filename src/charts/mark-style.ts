import { platformTones, type ColourToken } from '../core/tokens.ts';
import { CHAR_EM } from '../core/text.ts';
import type { Mark, MarkKind } from '../frame/frame.ts';

/** What a mark looks like: its paint, line and type, in tokens and SVG user units. */
export interface MarkStyle {
  readonly fill?: ColourToken | 'none';
  readonly stroke?: ColourToken | 'none';
  readonly strokeWidth?: number;
  readonly fontSize?: number;
  readonly fontWeight?: 400 | 600 | 700;
  readonly fontFamily?: 'font-ui';
}

/**
 * One style for the marks a selector matches. The selector is an element name, classes, or both (`text`, `.tick`,
 * `.bar.is-reported.tone-max`), always inside a chart's frame; where several match, the more specific wins, and then
 * the later, as in CSS. The page gets these as CSS (src/build/styles/design-css.ts), a download as attributes.
 */
export interface StyleRule {
  readonly selector: string;
  readonly style: MarkStyle;
}

/** The chart type scale, in user units: headings, text, and the small print of ticks and notes. */
export const typeSizes = { heading: 15, text: 13, small: 12 } as const;

/** The styles every chart shares: its text, heading, labels, ticks, notes, grid lines and platform colours. */
export const sharedStyles: readonly StyleRule[] = [
  { selector: 'text', style: { fill: 'ink', fontFamily: 'font-ui', fontSize: typeSizes.text } },
  { selector: '.chart-heading', style: { fontSize: typeSizes.heading, fontWeight: 700 } },
  { selector: '.label', style: { fontWeight: 600 } },
  { selector: '.tick', style: { fontSize: typeSizes.small, fill: 'ink-soft' } },
  { selector: '.note', style: { fontSize: typeSizes.small, fill: 'ink-soft' } },
  { selector: '.grid', style: { stroke: 'c-grid', strokeWidth: 1 } },
  ...platformTones.map((id) => ({ selector: `.tone-${id}`, style: { fill: `c-${id}` as ColourToken } })),
  { selector: '.tone-muted', style: { fill: 'c-muted' } },
  { selector: '.is-muted', style: { fill: 'c-muted' } },
  { selector: '.tone-population', style: { fill: 'c-population' } },
];

interface ParsedSelector {
  readonly element?: string;
  readonly classes: readonly string[];
}

/** `text.tick` → its element and classes. A selector is one compound: no spaces, no combinators. */
export function parseSelector(selector: string): ParsedSelector {
  if (!/^([a-z]+)?(\.[\w-]+)*$/.test(selector) || selector === '')
    throw new Error(`style selector "${selector}": write an element and/or .classes`);
  const element = /^[a-z]+/.exec(selector)?.[0];
  return { ...(element ? { element } : {}), classes: [...selector.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!) };
}

/** Each rule with its parsed selector and its place in the list, parsed once per list: every mark of every frame asks. */
const parsed = new WeakMap<readonly StyleRule[], readonly { rule: StyleRule; order: number; selector: ParsedSelector }[]>();
function parsedRules(rules: readonly StyleRule[]) {
  let known = parsed.get(rules);
  if (!known) parsed.set(rules, (known = rules.map((rule, order) => ({ rule, order, selector: parseSelector(rule.selector) }))));
  return known;
}

/**
 * The style a mark gets from `rules`, merged as the cascade does: by specificity (classes, then an element name),
 * then by order. Pure; the page's CSS is written from the same rules, so a download looks like the page.
 */
export function resolveMarkStyle(mark: Pick<Mark, 'kind' | 'attrs'>, rules: readonly StyleRule[]): MarkStyle {
  const own = new Set(
    String(mark.attrs.class ?? '')
      .split(/\s+/)
      .filter(Boolean),
  );
  const matching = parsedRules(rules)
    .filter(
      ({ selector }) => (!selector.element || selector.element === (mark.kind as MarkKind)) && selector.classes.every((c) => own.has(c)),
    )
    .map(({ rule, order, selector }) => ({ rule, order, specificity: selector.classes.length * 100 + (selector.element ? 1 : 0) }))
    .sort((a, b) => a.specificity - b.specificity || a.order - b.order);
  return Object.assign({}, ...matching.map(({ rule }) => rule.style)) as MarkStyle;
}

/** The size and measuring weight of a text mark under `rules`, for laying out and checking text without a DOM. */
export function textStyleOf(
  mark: Pick<Mark, 'kind' | 'attrs'>,
  rules: readonly StyleRule[],
): { size: number; weight: keyof typeof CHAR_EM } {
  const style = resolveMarkStyle({ kind: 'text', attrs: mark.attrs }, rules);
  return { size: style.fontSize ?? typeSizes.text, weight: (style.fontWeight ?? 400) >= 600 ? 'bold' : 'regular' };
}

/**
 * A style as CSS properties (which SVG also takes as presentation attributes), with each token written by `colour`
 * and `font`: `var(--ink)` for the page, the light palette's value for a download.
 */
export function styleDeclarations(
  style: MarkStyle,
  colour: (token: ColourToken) => string,
  font: (token: 'font-ui') => string,
): Record<string, string> {
  const paint = (value: ColourToken | 'none') => (value === 'none' ? 'none' : colour(value));
  return {
    ...(style.fill ? { fill: paint(style.fill) } : {}),
    ...(style.stroke ? { stroke: paint(style.stroke) } : {}),
    ...(style.strokeWidth === undefined ? {} : { 'stroke-width': String(style.strokeWidth) }),
    ...(style.fontFamily ? { 'font-family': font(style.fontFamily) } : {}),
    ...(style.fontSize === undefined ? {} : { 'font-size': `${style.fontSize}px` }),
    ...(style.fontWeight === undefined ? {} : { 'font-weight': String(style.fontWeight) }),
  };
}

import type { Mark } from '../../frame/frame.ts';

/** SVG presentation attributes a standalone graphic needs; everything else in the stylesheet is screen behaviour. */
const PRESENTATION = ['fill', 'stroke', 'stroke-width', 'font-family', 'font-size', 'font-weight'] as const;

interface Rule {
  /** Classes the mark itself must carry (the last compound selector). */
  readonly classes: readonly string[];
  /** An element name the last compound requires, e.g. "text". */
  readonly element?: string;
  /** CSS specificity as one comparable number: classes × 100 + elements. */
  readonly specificity: number;
  readonly declarations: Readonly<Record<string, string>>;
}

/** The `--name: value` pairs of the first (light) `:root` block of the tokens stylesheet. */
export function lightTokens(tokensCss: string): Map<string, string> {
  const root = /:root\s*\{([^}]*)\}/.exec(tokensCss.replace(/\/\*[\s\S]*?\*\//g, ''))?.[1] ?? '';
  return new Map([...root.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** The rules of the charts stylesheet, outside @container blocks, with `var()` resolved against the tokens. */
export function chartRules(chartsCss: string, tokens: ReadonlyMap<string, string>): Rule[] {
  const css = chartsCss.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@container[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  const resolve = (value: string): string =>
    value.replace(/var\((--[\w-]+)\)/g, (_, name: string) => {
      const token = tokens.get(name);
      if (token === undefined) throw new Error(`charts.css uses ${name}, which tokens.css does not define`);
      return resolve(token);
    });
  const rules: Rule[] = [];
  for (const [, selectors, body] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declarations = Object.fromEntries(
      [...body!.matchAll(/([\w-]+)\s*:\s*([^;]+);?/g)]
        .filter((m) => (PRESENTATION as readonly string[]).includes(m[1]!))
        .map((m) => [m[1]!, resolve(m[2]!.trim())]),
    );
    if (Object.keys(declarations).length === 0) continue;
    for (const selector of selectors!.replace(/@layer\s+\w+\s*/, '').split(',')) {
      const compounds = selector.trim().split(/\s+/);
      const last = compounds.at(-1)!;
      const element = /^[a-z]+/.exec(last)?.[0];
      const classes = [...last.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!);
      const all = compounds.join(' ');
      const specificity = (all.match(/\./g)?.length ?? 0) * 100 + compounds.filter((c) => /^[a-z]/.test(c)).length;
      rules.push({ classes, element, specificity, declarations });
    }
  }
  return rules;
}

/**
 * The presentation attributes CSS would give a mark inside `.frame` (the light palette), resolved by specificity and
 * then source order as the cascade does; so a downloaded SVG or PNG looks like the page without its stylesheet.
 */
export function resolveMarkStyle(mark: Pick<Mark, 'kind' | 'attrs'>, rules: readonly Rule[]): Record<string, string> {
  const own = new Set(
    String(mark.attrs.class ?? '')
      .split(/\s+/)
      .filter(Boolean),
  );
  const matching = rules
    .map((rule, order) => ({ rule, order }))
    .filter(
      ({ rule }) =>
        (!rule.element || rule.element === mark.kind) && rule.classes.every((c) => own.has(c)) && (rule.classes.length > 0 || rule.element),
    )
    .sort((a, b) => a.rule.specificity - b.rule.specificity || a.order - b.order);
  return Object.assign({}, ...matching.map(({ rule }) => rule.declarations));
}

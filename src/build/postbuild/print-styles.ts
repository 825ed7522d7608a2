import postcss, { type AtRule, type Container } from 'postcss';

/** A page's CSS for the screen, and its rules for paper, each still in its cascade layer. */
export interface SplitStyles {
  readonly screen: string;
  /** Each `@media print` block of the CSS, wrapped in the at-rules it sat in, as text. */
  readonly print: readonly string[];
}

/** The at-rules around a node (its `@layer`s, and any `@supports` or `@container`), outermost first, as their heads. */
const atRulesAround = (node: AtRule): string[] => {
  const heads: string[] = [];
  for (let parent: Container | undefined = node.parent; parent && parent.type === 'atrule'; parent = parent.parent as Container | undefined)
    heads.unshift(`@${(parent as AtRule).name} ${(parent as AtRule).params}`);
  return heads;
};

/**
 * Takes the rules for paper out of a page's CSS: every `@media print` block, each wrapped again in the at-rules it sat
 * in (its `@layer`s above all), so that it keeps its place in the cascade and its conditions wherever it is put. A `@layer` left empty goes too. The screen's CSS
 * then paints the page from its first bytes, and the rules for print can live in a file that a browser fetches
 * without waiting for it (`<link rel="stylesheet" media="print">`). Pure.
 */
export function splitPrintStyles(css: string): SplitStyles {
  const root = postcss.parse(css);
  const print: string[] = [];
  root.walkAtRules('media', (media) => {
    if (media.params.trim() !== 'print') return;
    print.push(atRulesAround(media).reduceRight((inner, head) => `${head}{${inner}}`, media.toString()));
    media.remove();
  });
  if (print.length === 0) return { screen: css, print };
  root.walkAtRules('layer', (layer) => {
    if (layer.nodes !== undefined && layer.nodes.length === 0) layer.remove();
  });
  return { screen: root.toString(), print };
}

import postcss, { type ChildNode, type Container } from 'postcss';

/**
 * A block whose rules are looked into one by one: an at-rule with a head and rules inside (`@layer x`, `@media …`,
 * `@container …`). Any other (`@font-face`, `@page`, an anonymous `@layer`) is compared whole, like a rule.
 */
const isBlock = (node: ChildNode) => node.type === 'atrule' && node.nodes !== undefined && node.params !== '';

/** What a node of a stylesheet is, where it stands: its blocks' heads around it, then itself. */
const keyOf = (node: ChildNode, within: string) =>
  `${within}\u0000${isBlock(node) && node.type === 'atrule' ? `@${node.name} ${node.params}` : node.toString()}`;

/**
 * One stylesheet from the stylesheets of several pages, in their order, each rule once. Astro bundles a page's CSS
 * for that page, so the home page's, a chapter's and the sources' sheets each repeat the site's base rules; this keeps
 * the first of each, where it stands, and drops its repeats, looking inside `@layer`, `@media` and `@container`
 * blocks (a block left empty goes too). A page's own rules stay after the base rules they build on, as on the page,
 * and rules of different pages name different elements, so the cascade is the pages'.
 */
export function mergedStyles(sheets: readonly string[]): string {
  const seen = new Set<string>();
  const keep = (container: Container, within: string) => {
    container.each((node) => {
      const key = keyOf(node, within);
      if (isBlock(node) && node.type === 'atrule') {
        keep(node, key);
        if (node.nodes?.length === 0) node.remove();
      } else if (seen.has(key)) node.remove();
      else seen.add(key);
    });
  };
  return sheets
    .map((sheet) => {
      const root = postcss.parse(sheet);
      keep(root, '');
      return root.toString();
    })
    .filter((sheet) => sheet.trim() !== '')
    .join('\n');
}

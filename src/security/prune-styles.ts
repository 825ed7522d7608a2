import { PurgeCSS } from 'purgecss';

/** An inline stylesheet as Astro writes a page's CSS (`inlineStylesheets: 'always'`). */
const inlineStyle = /<style>([\s\S]*?)<\/style>/g;

/**
 * Drops from a built page's inline `<style>` every rule that can match nothing on that page: Astro bundles the CSS of
 * every component a page might use (all the charts, the teaching kit, the share panels), and each page carries it
 * inline. A rule is kept when its classes, ids, tags and attributes occur in the page's own HTML or in `scripts`
 * (the source of the site's client scripts, which add elements and classes of their own, such as the copy buttons).
 * The @layer order, and @media or @container blocks that still hold a rule, are kept as they were.
 */
export async function pruneStyles(html: string, scripts: readonly string[]): Promise<string> {
  const styles = [...html.matchAll(inlineStyle)];
  if (styles.length === 0) return html;
  const content = [{ raw: html.replace(inlineStyle, ''), extension: 'html' }, ...scripts.map((raw) => ({ raw, extension: 'js' }))];
  const pruned = await new PurgeCSS().purge({
    content,
    css: styles.map(([, css]) => ({ raw: css! })),
    // Custom properties that neither a kept rule nor a script reads (a chart's colours on a page without that chart).
    // None is set from markup: the Content-Security-Policy forbids style attributes.
    variables: true,
    safelist: {
      // A selector of pseudo-classes alone (`:focus-visible`, `:target`) names nothing that could be looked for.
      standard: [/^:[a-z-]+$/],
      // What scripts read with getPropertyValue, such as the story's `--scrolly-layout`.
      variables: [...new Set(scripts.flatMap((source) => source.match(/--[a-z][\w-]*/g) ?? []))],
    },
  });
  let index = 0;
  return html.replace(inlineStyle, () => `<style>${pruned[index++]!.css}</style>`);
}

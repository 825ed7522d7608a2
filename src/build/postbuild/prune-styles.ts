import { PurgeCSS } from 'purgecss';
import { mergedStyles } from '../single/merged-styles.ts';
import { inlineModule } from './defer-scripts.ts';

/** An inline stylesheet as Astro writes a page's CSS (`inlineStylesheets: 'always'`). */
export const inlineStyle = /<style>([\s\S]*?)<\/style>/g;

/**
 * Drops from a built page's inline CSS every rule that can match nothing on that page: Astro bundles the CSS of
 * every component a page might use (all the charts, the teaching kit, the share panels), and each page carries it
 * inline. A rule is kept when the classes, ids and tags it names occur in the page's own HTML or, written out, in
 * `scripts` (the source of the scripts the page runs, which make elements of their own, such as a status message;
 * page-scripts.ts).
 * Also kept, whatever the page holds:
 * - selectors of pseudo-classes alone (`:focus-visible`, `:target`), which name nothing that could be looked for;
 * - selectors with a `data-` or `aria-` attribute, which scripts set in ways a search cannot see (`el.dataset.live`),
 *   by the attribute's name (a class such as `.data-table` is looked for like any other);
 * - custom properties that a kept rule, a script (named or inline) or `keep` (CSS the page loads from a file) reads
 *   (`getPropertyValue('--scrolly-layout')`). None is set from markup: the Content-Security-Policy forbids style
 *   attributes.
 * The @layer order, stated once, and @media or @container blocks that still hold a rule, stay as they were. Several `<style>`
 * elements are pruned as one stylesheet, in their order, into the first of them: a custom property defined in one and
 * read in another is kept.
 */
export async function pruneStyles(html: string, scripts: readonly string[], keep: readonly string[] = []): Promise<string> {
  const styles = [...html.matchAll(inlineStyle)].map(([, css]) => css!);
  if (styles.length === 0) return html;
  const content = [{ raw: html.replace(inlineStyle, ''), extension: 'html' }, ...scripts.map((raw) => ({ raw, extension: 'js' }))];
  // The page's inline modules read custom properties too (the single-file edition carries its scripts inline).
  const inline = [...html.matchAll(inlineModule)].map(([, source]) => source!);
  const css = styles.join('\n');
  const [pruned] = await new PurgeCSS().purge({
    content,
    css: [{ raw: css }],
    variables: true,
    // Every data- and aria- attribute a selector names, by name: a class that only begins with "data-" is looked for.
    dynamicAttributes: [...new Set([...css.matchAll(/\[((?:data|aria)-[\w-]+)/g)].map(([, name]) => name!))],
    safelist: {
      standard: [/^:[a-z-]+$/],
      variables: [...new Set([...keep, ...scripts, ...inline].flatMap((source) => source.match(/--[a-z][\w-]*/g) ?? []))],
    },
  });
  let first = true;
  // What pruning left idle goes too: a block that holds nothing, and the cascade's order stated again (each stylesheet
  // states it first, and the page's sheets are one now).
  return html.replace(inlineStyle, () => (first ? ((first = false), `<style>${mergedStyles([pruned!.css])}</style>`) : ''));
}

/** How long a page waits for its first paint to be reported before it loads its scripts anyway. */
const fallbackMs = 3000;

/** A module script as Astro writes it for a component's `<script>`, with the white space before it. */
const moduleScript = /\s*<script type="module" src="([^"]+)"><\/script>/g;

/**
 * Rewrites a built page so that its scripts are fetched once its first frame is on screen: the module scripts Astro
 * wrote are replaced by one inline module, at the end of the body, that imports them when the browser reports the
 * page's first contentful paint (Paint Timing, in Chromium, Firefox and WebKit). Nothing a page shows first needs a
 * script (its text, its snapshots and its layout are all in the HTML and CSS), so the first paint never waits for
 * one; on a slow connection the story's code no longer competes with the page for bandwidth or the main thread.
 *
 * An animation frame alone is too early: its callbacks run before the frame is painted and presented, so the
 * requests could still start ahead of the first paint. Where Paint Timing is missing, the scripts load after the
 * next animation frame; where the paint is never reported (a page opened in a background tab), after
 * `fallbackMs`. A page without scripts is returned unchanged.
 */
export function deferScripts(html: string): string {
  const sources = [...new Set([...html.matchAll(moduleScript)].map((match) => match[1]!))];
  if (sources.length === 0) return html;
  const imports = sources.map((src) => `import(${JSON.stringify(src)})`).join(',');
  const loader = `<script type="module">${loaderSource(imports)}</script>`;
  const end = html.lastIndexOf('</body>');
  if (end < 0) throw new Error('deferScripts: the page has no </body>');
  const body = html.slice(0, end).replace(moduleScript, '');
  return `${body}${loader}${html.slice(end)}`;
}

/** The inline loader: `load` runs `imports` once, after the first contentful paint (or its fallbacks). */
function loaderSource(imports: string): string {
  return (
    `let d,load=()=>d||(d=1,${imports}),P=PerformanceObserver;` +
    `P.supportedEntryTypes?.includes("paint")?(new P(l=>l.getEntriesByName("first-contentful-paint")[0]&&setTimeout(load))` +
    `.observe({type:"paint",buffered:!0}),setTimeout(load,${fallbackMs})):requestAnimationFrame(()=>setTimeout(load))`
  );
}

/**
 * How long after the first animation frame that follows `load` a page whose first paint is not reported waits before
 * it loads its scripts anyway.
 */
const fallbackMs = 500;
/**
 * How long a page waits for its scripts before it gives them up: a story then reads as it does without scripting, each
 * step followed by its snapshot (`data-scripts="missing"` on the root; src/styles/scrolly.css).
 */
export const scriptsTimeoutMs = 3000;

/** A story's element: the one whose layout waits on the page's scripts (src/styles/scrolly.css). */
const story = '<scrolly-story';
/** A module script as Astro writes it for a component's `<script>`, with the white space before it. */
export const moduleScript = /\s*<script type="module" src="([^"]+)"><\/script>/g;
/** An inline module script, as the loader here and the single-file edition write one: its source. */
export const inlineModule = /<script type="module">([\s\S]*?)<\/script>/g;
/** A page's stylesheet for paper, as inline-assets.ts links it. */
const printSheet = /<link rel="stylesheet" href="[^"]+" media="print">/g;

/**
 * Rewrites a built page so that its scripts are fetched once its first frame is on screen: the module scripts Astro
 * wrote are replaced by one inline module, at the end of the body, that imports them when the browser reports the
 * page's first contentful paint (Paint Timing), or `fallbackMs` after the first animation frame that follows the `load`
 * event, whichever comes first.
 * Nothing a page shows first needs a script (its text, its snapshots and its layout are all in the HTML and CSS), so
 * the first paint never waits for one; on a slow connection the story's code no longer competes with the page for
 * bandwidth or the main thread.
 *
 * Its stylesheet for paper waits for the same moment. A browser fetches a `media="print"` sheet at once, though no
 * screen waits for it, so it shared the page's first round trips (Lighthouse counted it into LCP). On a page with
 * scripts its link goes into a `<noscript data-print>`, which a browser without scripting reads as the link itself,
 * and the loader puts it back into the page with the scripts. A page without scripts keeps its link as it is. The
 * cost: where scripting is on but this inline loader never runs (a host that rewrites inline scripts, so that their
 * hash no longer matches the policy), the page prints with its screen styles.
 *
 * One animation frame is too early: its callbacks run before that frame is painted and presented, so the requests
 * could still start ahead of the first paint (and Lighthouse then counted them into LCP). The paint report alone is
 * not enough either: Firefox reports no first contentful paint for a page opened at a #fragment, such as a step's
 * link, so there the timer starts the story. (Two frames after `load` were not enough: under load, Chromium reported
 * its first paint later still.) The timer starts at a frame, not at `load`: Chromium sometimes asks for no frame until
 * some 500 ms after it has parsed a page, and a timer started at `load` then fetched the scripts, and the offline
 * worker's precache with them, ahead of the first paint (Lighthouse's simulation counted them into LCP). A frame whose
 * paint reaches the screen late (also seen, more rarely) can still let the timer come first. Where no frame is drawn,
 * as in a tab opened in the background, the scripts wait for the page to be shown.
 *
 * On a page with a story, should the scripts fail (a page opened from disk in Chromium or WebKit, which load no module
 * from file://) or not have arrived `scriptsTimeoutMs` after they were asked for (a connection that froze after the
 * page, as Russian networks freeze some), the loader marks the root `data-scripts="missing"`, and the stories give up
 * their sticky graphic for the flow of text and snapshots a page without scripting shows. Scripts that arrive later
 * still run, and the story then marks the current step in that flow. No other page's layout waits on its scripts, so
 * no other loader carries this. A page without scripts is returned unchanged.
 */
export function deferScripts(html: string): string {
  const sources = [...new Set([...html.matchAll(moduleScript)].map((match) => match[1]!))];
  if (sources.length === 0) return html;
  const print = html.search(printSheet) >= 0;
  const loader = `<script type="module">${loaderSource(sources, html.includes(story), print)}</script>`;
  const end = html.lastIndexOf('</body>');
  if (end < 0) throw new Error('deferScripts: the page has no </body>');
  const body = html
    .slice(0, end)
    .replace(moduleScript, '')
    .replace(printSheet, (link) => `<noscript data-print>${link}</noscript>`);
  return `${body}${loader}${html.slice(end)}`;
}

/**
 * The inline loader: `load` imports `sources` once, on whichever comes first; with `giveUp`, it marks the root when they
 * fail or are late (see deferScripts), and `d`, the timer that gives them up, is also the mark that they were asked for.
 * With `print`, it then puts each `<noscript data-print>`'s link into the page (its text, where scripting is on): after
 * the imports, which have started whatever that does.
 */
function loaderSource(sources: readonly string[], giveUp: boolean, print: boolean): string {
  const imports = sources.map((src) => `import(${JSON.stringify(src)})`).join(',');
  const wake = print ? ',document.querySelectorAll("noscript[data-print]").forEach(n=>n.outerHTML=n.textContent)' : '';
  const load = giveUp
    ? `m=()=>document.documentElement.dataset.scripts="missing",load=()=>d||(d=setTimeout(m,${scriptsTimeoutMs}),Promise.all([${imports}]).then(()=>clearTimeout(d),m)${wake})`
    : `load=()=>d||(d=1,${imports}${wake})`;
  return (
    `let d,${load},P=self.PerformanceObserver;` +
    `addEventListener("load",()=>requestAnimationFrame(()=>setTimeout(load,${fallbackMs})));` +
    `try{P.supportedEntryTypes.includes("paint")&&new P(l=>l.getEntriesByName("first-contentful-paint")[0]&&setTimeout(load))` +
    `.observe({type:"paint",buffered:!0})}catch{}`
  );
}

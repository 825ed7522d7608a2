/** A module script as Astro writes it for a component's `<script>`, with the white space before it. */
const moduleScript = /\s*<script type="module" src="([^"]+)"><\/script>/g;

/**
 * Rewrites a built page so that its scripts are fetched once its first frame is painted: the module scripts Astro
 * wrote are replaced by one inline module, at the end of the body, that imports them from the next animation frame.
 * Nothing a page shows first needs a script (its text, its snapshots and its layout are all in the HTML and CSS), so
 * the first paint never waits for one; on a slow connection the story's code no longer competes with the page for
 * bandwidth. A page without scripts is returned unchanged.
 */
export function deferScripts(html: string): string {
  const sources = [...new Set([...html.matchAll(moduleScript)].map((match) => match[1]!))];
  if (sources.length === 0) return html;
  const imports = sources.map((src) => `import(${JSON.stringify(src)});`).join('');
  const loader = `<script type="module">requestAnimationFrame(()=>setTimeout(()=>{${imports}}));</script>`;
  const end = html.lastIndexOf('</body>');
  if (end < 0) throw new Error('deferScripts: the page has no </body>');
  const body = html.slice(0, end).replace(moduleScript, '');
  return `${body}${loader}${html.slice(end)}`;
}

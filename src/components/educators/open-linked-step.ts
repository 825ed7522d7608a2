/**
 * Unfolds the list that holds the element the address names, on arrival and whenever the hash changes, and brings that
 * element into view with the keyboard's focus on it: a chapter's step links to its entry in the educators' kit
 * (`/educators/#kit-<step>`, "Embed, download or cite this graphic"), which sits in its chapter's folded list of
 * steps. Chromium unfolds a `<details>` for a fragment by itself; Firefox and WebKit leave it shut, and without
 * scripting their reader lands on the list.
 */
export function openLinkedStep(): void {
  let id: string;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  const target = id ? document.getElementById(id) : null;
  if (!target?.closest('details:not([open])')) return;
  for (let folded = target.closest('details'); folded; folded = folded.parentElement?.closest('details') ?? null) folded.open = true;
  target.tabIndex = -1;
  target.focus();
}

openLinkedStep();
addEventListener('hashchange', openLinkedStep);

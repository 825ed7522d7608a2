import { site } from './site.ts';

/** The most characters a `<title>` shows whole in search results and tabs (html-validate's long-title rule). */
export const TITLE_LENGTH = 70;

/**
 * A page's `<title>`: its own title, then the site's name where the two fit in 70 characters; the page's own title
 * alone where they do not (an embed's chart heading, a long chapter title), since that is what tells pages apart.
 */
export function documentTitle(title: string, name: string = site.name): string {
  if (title === name) return title;
  const full = `${title} · ${name}`;
  return full.length <= TITLE_LENGTH ? full : title;
}

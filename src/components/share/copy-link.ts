import type { CopyWords } from '../../core/copy-words.ts';
import copyWords from 'virtual:copy-words';

/** The words of the copy buttons and their messages, in the page's language (its `<html lang>`; `virtual:copy-words`). */
export const copyWordsHere = (): CopyWords => copyWords[document.documentElement.lang] ?? copyWords.en!;

/** The one status message of a page: made on the first copy, not for every control (a chapter holds dozens). */
let status: HTMLElement | undefined;

/**
 * Puts `text` on the clipboard as plain text and `html` as rich text (a browser that refuses that takes the text
 * alone), then shows and announces `done` beside `source`, or at the end of `holder`. Where the clipboard is refused,
 * `source` is selected for the reader to copy by hand, and the message says how. The status is a live region, which
 * announces changes made once it is in the page: the message follows a frame later.
 */
export async function copyAndSay(text: string, source: HTMLElement, done: string, html = text, holder?: HTMLElement): Promise<void> {
  const clipboard = navigator.clipboard;
  let message = done;
  try {
    await clipboard.write([new ClipboardItem({ 'text/plain': text, 'text/html': html })]).catch(() => clipboard.writeText(text));
  } catch {
    getSelection()?.selectAllChildren(source);
    message = copyWordsHere().selected;
  }
  status ??= Object.assign(document.createElement('span'), { className: 'copy-text__status', role: 'status' });
  if (holder) holder.append(status);
  else source.after(status);
  // Emptied first: the same words again, in the same region, are a change a screen reader announces.
  status.textContent = '';
  requestAnimationFrame(() => (status!.textContent = message));
}

/**
 * A click on a link marked `data-copy-link` (a step's "copy link", <StepShare>) copies the address the page is read
 * at, with the link's #hash, instead of following it, so that a mirror copies its own address; a copy read from disk
 * (the mirror unzipped, the single-file edition), whose address no one else can open, copies the published one, the
 * link's `data-url`. Without scripting it stays a plain link to the step.
 */
export function copyLinksOn(root: Document): void {
  root.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-copy-link]') : null;
    if (!link) return;
    event.preventDefault();
    const here = location.protocol === 'file:' && link.dataset.url ? link.dataset.url : location.href.split(/[?#]/)[0] + link.hash;
    void copyAndSay(here, link, copyWordsHere().link);
  });
}

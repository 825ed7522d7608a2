import { accessDate, type AccessDateForm } from '../../core/access-date.ts';
import type { CopyWords } from '../../core/copy-words.ts';

/**
 * <copy-text>: copies a citation, an embed snippet or a link with one click, where scripting is on. Without
 * scripting it does nothing and its content stays plain, selectable text (or a plain link).
 *
 * - Each `[data-copy]` element inside gets a "Copy" button (inside a closed `<details>`, when it first opens), which
 *   copies that element as rich text (HTML, so a citation keeps its italics) and as plain text. In a citation marked
 *   `data-accessed`, the access date's placeholder ("[date]", "[дата]": the page's `copy.date`) becomes the day of
 *   copying, in its style's form
 *   (src/core/access-date.ts; `data-accessed="mla"` for MLA's, "gost" for GOST's, "us" for the others). The attribute's value names what is copied ("APA
 *   citation"), for the button's name.
 * - A click on a link marked `data-copy-link` copies the address the page is read at, with the link's #hash, instead
 *   of following it, so that a mirror copies its own address; a copy read from disk (the mirror unzipped, the
 *   single-file edition), whose address no one else can open, copies the published one, the link's `data-url`.
 *
 * One <copy-text> may hold both, as a step's share panel does: one element per panel, not one per thing to copy.
 *
 * After copying, a status message says so (read out by screen readers); if the clipboard is refused, the text is
 * selected so the reader can copy it by hand.
 *
 * Its words are the page's language's, given once a page in the `data-copy-words` of the component that loads this
 * script (copyWordsAttribute, src/build/site/copy-words.ts).
 */
/** The button's and the status messages' words. */
const words = (): CopyWords => JSON.parse(document.querySelector<HTMLElement>('[data-copy-words]')!.dataset.copyWords!) as CopyWords;

export class CopyText extends HTMLElement {
  #status: HTMLElement | undefined;

  /** Runs once: nothing on the page moves these elements once they are in it. */
  connectedCallback(): void {
    for (const link of this.querySelectorAll<HTMLAnchorElement>('[data-copy-link]')) {
      link.onclick = (event) => {
        event.preventDefault();
        const here = location.protocol === 'file:' && link.dataset.url ? link.dataset.url : location.href.split(/[?#]/)[0] + link.hash;
        void this.#copy(here, link, words().link);
      };
    }
    // Buttons inside a folded panel are made when it first opens: a chapter folds dozens of them away per page. (What
    // one <copy-text> copies is all folded in one panel, or not folded.)
    const folded = this.querySelector('[data-copy]')?.closest('details:not([open])');
    if (folded) folded.addEventListener('toggle', () => this.#addButtons(), { once: true });
    else this.#addButtons();
  }

  #addButtons(): void {
    for (const target of this.querySelectorAll<HTMLElement>('[data-copy]')) {
      // What is copied: the element as it is before its button joins it, with the access date put in at each click.
      const copy = target.cloneNode(true) as HTMLElement;
      const button = document.createElement('button');
      button.className = 'copy-text__button';
      const what = target.dataset.copy ?? '';
      button.textContent = words().button;
      button.ariaLabel = words().label.replace('{what}', what);
      button.onclick = () => {
        const { accessed } = target.dataset;
        const placeholder = words().date;
        const day = accessed === undefined ? placeholder : accessDate(new Date(), accessed as AccessDateForm);
        const dated = (text: string) => text.replace(placeholder, day);
        void this.#copy(dated(copy.textContent!), target, words().done.replace('{what}', what), dated(copy.innerHTML));
      };
      target.append(button);
    }
  }

  /** Puts `text` on the clipboard as plain text and `html` as rich text, or, where a browser refuses that, the text alone. */
  async #copy(text: string, source: HTMLElement, done: string, html = text): Promise<void> {
    const clipboard = navigator.clipboard;
    try {
      await clipboard.write([new ClipboardItem({ 'text/plain': text, 'text/html': html })]).catch(() => clipboard.writeText(text));
      this.#say(done, source);
    } catch {
      getSelection()?.selectAllChildren(source);
      this.#say(words().selected, source);
    }
  }

  /**
   * Shows and announces `message`. The status element is made on the first copy, not for every <copy-text> on the
   * page (a chapter holds dozens); a live region announces changes made once it is in the page, so the message
   * follows a frame later. It shows beside a copied link, else at the end of the <copy-text> (a step's panel ends with
   * the citations its buttons copy).
   */
  #say(message: string, source: HTMLElement): void {
    const status = (this.#status ??= document.createElement('span'));
    if (source.matches('[data-copy-link]')) source.after(status);
    else this.append(status);
    status.className = 'copy-text__status';
    status.role = 'status';
    requestAnimationFrame(() => {
      status.textContent = message;
    });
  }
}

customElements.define('copy-text', CopyText);

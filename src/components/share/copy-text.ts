import { accessDate, type AccessDateForm } from '../../core/access-date.ts';
import { copyAndSay, copyWordsHere as words } from './copy-link.ts';

/**
 * <copy-text>: copies a citation, an embed snippet or an address with one click, where scripting is on. Without
 * scripting it does nothing and its content stays plain, selectable text.
 *
 * Each `[data-copy]` element inside gets a "Copy" button (inside a closed `<details>`, when it first opens), which
 * copies that element as rich text (HTML, so a citation keeps its italics) and as plain text. In a citation marked
 * `data-accessed`, the access date's placeholder ("[date]", "[дата]": the page's `copy.date`) becomes the day of
 * copying, in its style's form (src/core/access-date.ts; `data-accessed="mla"` for MLA's, "gost" for GOST's, "us" for
 * the others). The attribute's value names what is copied ("APA citation"), for the button's name.
 *
 * After copying, a status message says so (read out by screen readers), at the end of the <copy-text>; if the
 * clipboard is refused, the text is selected so the reader can copy it by hand (copy-link.ts, which a step's "copy
 * link" uses alone).
 */
export class CopyText extends HTMLElement {
  /** Runs once: nothing on the page moves these elements once they are in it. */
  connectedCallback(): void {
    // Buttons inside a folded panel are made when it first opens: the educators' kit folds dozens of them away. (What
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
        void copyAndSay(dated(copy.textContent!), target, words().done.replace('{what}', what), dated(copy.innerHTML), this);
      };
      target.append(button);
    }
  }
}

customElements.define('copy-text', CopyText);

/**
 * <copy-text>: copies a citation, an embed snippet or a link with one click, where scripting is on. Without
 * scripting it does nothing and its content stays plain, selectable text (or a plain link).
 *
 * - Around text: adds a "Copy" button to each `[data-copy]` element inside (inside a closed `<details>`, when it first
 *   opens), which copies that element's text; the attribute's value names what is copied ("APA citation"), for the
 *   button's accessible name.
 * - Around a link marked `data-copy-link`: a click copies `data-value` (the canonical address) instead of following it.
 *
 * After copying, a status message says so (read out by screen readers); if the clipboard is refused, the text is
 * selected so the reader can copy it by hand.
 */
export class CopyText extends HTMLElement {
  #ready = false;
  #status: HTMLElement | undefined;
  #message = '';

  connectedCallback(): void {
    if (this.#ready) return;
    this.#ready = true;
    const link = this.querySelector<HTMLAnchorElement>('a[data-copy-link]');
    if (link) {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        void this.#copy(this.dataset.value ?? link.href, link, 'Link copied');
      });
    } else {
      // Buttons inside a folded panel are made when it first opens: a chapter folds dozens of them away per page.
      const folded = this.closest('details:not([open])');
      if (folded) folded.addEventListener('toggle', () => this.#addButtons(), { once: true });
      else this.#addButtons();
    }
  }

  #addButtons(): void {
    for (const target of this.querySelectorAll<HTMLElement>('[data-copy]')) {
      const text = target.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-text__button';
      button.textContent = 'Copy';
      button.setAttribute('aria-label', `Copy ${target.dataset.copy || 'text'}`);
      button.addEventListener('click', () => void this.#copy(text, target, `Copied ${target.dataset.copy || ''}`.trim()));
      target.append(button);
    }
  }

  async #copy(text: string, source: HTMLElement, done: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.#say(done);
    } catch {
      const range = document.createRange();
      range.selectNodeContents(source);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      this.#say('Selected: press Ctrl+C or ⌘C to copy');
    }
    this.dispatchEvent(new CustomEvent('copy-text:done', { bubbles: true, detail: { text } }));
  }

  /**
   * Shows and announces `message`. The status element is made on the first copy, not for every <copy-text> on the
   * page (a chapter holds dozens); a live region announces changes made once it is in the page, so it goes in empty
   * and its first message follows a frame later.
   */
  #say(message: string): void {
    this.#message = message;
    if (this.#status) {
      this.#status.textContent = message;
      return;
    }
    const status = document.createElement('span');
    status.className = 'copy-text__status';
    status.setAttribute('role', 'status');
    this.append(status);
    this.#status = status;
    requestAnimationFrame(() => {
      status.textContent = this.#message;
    });
  }
}

if (!customElements.get('copy-text')) customElements.define('copy-text', CopyText);

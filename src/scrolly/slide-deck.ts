import { deckKey } from './deck-key.ts';

/**
 * <slide-deck>: a chapter's presentation (/present/<chapter>/), one slide per step. Keys step through (deck-key.ts);
 * the slide shown is the one at the top of the screen, and the address follows it, so a reload or a shared link
 * returns to it. C toggles the chart-only view (the `#chart-only` checkbox, which works without scripting too).
 * Without scripting the slides still snap into place as the page scrolls.
 */
export class SlideDeck extends HTMLElement {
  connectedCallback(): void {
    document.addEventListener('keydown', this.#onKey);
    this.#keepHash(location.hash.slice(1));
  }

  /** The link to the other edition's slides opens on the slide shown. */
  #keepHash(id: string): void {
    if (id) for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]')) link.hash = id;
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.#onKey);
  }

  #onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    // A focused control keeps its own keys (Space toggles the checkbox, Enter follows a link).
    if ((event.target as Element | null)?.closest?.('a, button, input, select, textarea, summary')) return;
    const slides = [...this.querySelectorAll<HTMLElement>('[data-slide]')];
    const action = deckKey(event.key, this.#current(slides), slides.length);
    if (!action) return;
    event.preventDefault();
    if ('toggle' in action) {
      this.querySelector<HTMLInputElement>('#chart-only')?.click();
      return;
    }
    const slide = slides[action.go]!;
    slide.scrollIntoView({ block: 'start' });
    slide.focus({ preventScroll: true });
    history.replaceState(null, '', `#${slide.id}`);
    this.#keepHash(slide.id);
  };

  /** The slide whose top is nearest the top of the screen. */
  #current(slides: readonly HTMLElement[]): number {
    const distance = (slide: HTMLElement) => Math.abs(slide.getBoundingClientRect().top);
    return slides.reduce((best, slide, i) => (distance(slide) < distance(slides[best]!) ? i : best), 0);
  }
}

customElements.define('slide-deck', SlideDeck);

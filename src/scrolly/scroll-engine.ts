import scrollama from 'scrollama';
import { activeStepIndex } from './active-step.ts';

/** scrollama's instance, with the `offset` setter that its type declarations leave out. */
type Scroller = ReturnType<typeof scrollama> & { offset(value: string): unknown };

/** What the engine needs to follow a story. */
export interface ScrollEngineOptions {
  /** The step elements, in document order. */
  readonly steps: readonly HTMLElement[];
  /** Where the trigger line sits, as a fraction of the viewport height from its top (read again on resize). */
  readonly offset: () => number;
  /** Called with the active step's index (-1 above the first step) whenever it changes, and once at start. */
  readonly onChange: (index: number) => void;
}

/** A running engine. */
export interface ScrollEngine {
  /** Recomputes the active step now (after a layout change the engine cannot see). */
  sync(): void;
  /** Stops listening; the engine does nothing after this. */
  destroy(): void;
}

/**
 * Follows the reader through a story's steps, with scrollama saying when to look and the steps' positions saying what
 * is active (activeStepIndex), so no sequence of fast scrolls, reloads or resizes can leave the graphic stale.
 *
 * scrollama reports a step when the trigger line enters or leaves it (an IntersectionObserver per step, whatever moved
 * the page: a finger, a jump to an anchor, find-in-page, a restored position, a step above changing height). That is
 * complete only because the steps tile their column (src/styles/scrolly.css): the space between two cards belongs to
 * the step above, so the trigger line always rests inside a step, and every change of the active step is the line
 * entering another step, which scrollama reports in every engine, with or without `scrollend`. With gaps between
 * steps, a jump could carry the line from one gap to another across a short step, and no crossing would fire (WebKit,
 * which has no `scrollend`, then showed a stale step). What moves the line without moving the steps is handled here:
 * a resize (the line is a fraction of the viewport) and leaving print, whose layout can leave the page elsewhere with
 * no scroll event.
 */
export function createScrollEngine({ steps, offset, onChange }: ScrollEngineOptions): ScrollEngine {
  let current: number | undefined;
  let trigger = offset();
  const sync = () => {
    const next = activeStepIndex(
      steps.map((step) => step.getBoundingClientRect().top),
      trigger * window.innerHeight,
    );
    if (next !== current) {
      current = next;
      onChange(next);
    }
  };
  // A pixel offset: scrollama's fractions are typed in tenths, and the trigger line sits wherever the layout puts it.
  const px = () => `${Math.round(trigger * window.innerHeight)}px`;
  const scroller = scrollama() as Scroller;
  scroller
    .setup({ step: [...steps], offset: px() as unknown as 0.5 })
    .onStepEnter(sync)
    .onStepExit(sync);
  // A resize can move the trigger line (it sits lower on phones), so it is read again then, and only then;
  // scrollama's `offset(value)` (untyped in its declarations) rebuilds its observers around the new line.
  const onResize = () => {
    trigger = offset();
    scroller.offset(px());
    sync();
  };
  const printing = window.matchMedia('print');
  const afterPrint = () => {
    if (!printing.matches) onResize();
  };
  window.addEventListener('resize', onResize);
  window.addEventListener('afterprint', afterPrint);
  printing.addEventListener('change', afterPrint);
  sync();
  return {
    sync() {
      trigger = offset();
      sync();
    },
    destroy() {
      scroller.destroy();
      window.removeEventListener('resize', onResize);
      window.removeEventListener('afterprint', afterPrint);
      printing.removeEventListener('change', afterPrint);
    },
  };
}

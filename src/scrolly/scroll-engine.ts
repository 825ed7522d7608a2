import scrollama from 'scrollama';
import { activeStepIndex } from './active-step.ts';

/** scrollama's instance, with the `offset` setter that its type declarations leave out. */
type Scroller = ReturnType<typeof scrollama> & { offset(value: string): unknown };

/** What the engine needs to follow a story. */
export interface ScrollEngineOptions {
  /** The step elements, in document order. */
  readonly steps: readonly HTMLElement[];
  /** Where the trigger line sits, as a fraction of the viewport height from its top (read again on resize and sync). */
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
 * a resize (the line is a fraction of the viewport), `sync()` (the story's graphic changed height) and leaving print,
 * whose layout can leave the page elsewhere with no scroll event. Above the first step and below the last there is no
 * step to cross: the story follows its own box entering and leaving the line (`<scrolly-story>`).
 */
export function createScrollEngine({ steps, offset, onChange }: ScrollEngineOptions): ScrollEngine {
  if (steps.length === 0) throw new Error('a story needs at least one step');
  let current: number | undefined;
  // The trigger line in CSS px from the viewport's top: one value for scrollama and for the positions, never rounded,
  // so that scrollama reports a crossing exactly where activeStepIndex sees one.
  let line = offset() * window.innerHeight;
  const sync = () => {
    const next = activeStepIndex(
      steps.map((step) => step.getBoundingClientRect().top),
      line,
    );
    if (next !== current) {
      current = next;
      onChange(next);
    }
  };
  const scroller = scrollama() as Scroller;
  // A pixel offset: scrollama's fractions are typed in tenths, and the trigger line sits wherever the layout puts it.
  scroller
    .setup({ step: [...steps], offset: `${line}px` as unknown as 0.5 })
    .onStepEnter(sync)
    .onStepExit(sync);
  // The line moves with the viewport (a resize) and, on phones, with the graphic above it; scrollama's
  // `offset(value)` (untyped in its declarations) rebuilds its observers around it, only when it moved.
  const measure = () => {
    const next = offset() * window.innerHeight;
    if (next === line) return;
    line = next;
    scroller.offset(`${line}px`);
  };
  const resync = () => {
    measure();
    sync();
  };
  const printing = window.matchMedia('print');
  const afterPrint = () => {
    if (!printing.matches) resync();
  };
  window.addEventListener('resize', resync);
  window.addEventListener('afterprint', afterPrint);
  printing.addEventListener('change', afterPrint);
  sync();
  return {
    sync: resync,
    destroy() {
      // scrollama keeps one passive scroll listener of its own on the document (it has no way to remove it).
      scroller.destroy();
      window.removeEventListener('resize', resync);
      window.removeEventListener('afterprint', afterPrint);
      printing.removeEventListener('change', afterPrint);
    },
  };
}

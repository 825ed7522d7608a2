import { activeStepIndex } from './active-step.ts';

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
 * Follows the reader through a story's steps. After any scroll (a finger, a jump to an anchor, find-in-page, a
 * restored position) and any change of layout, the active step is recomputed from the steps' positions (see
 * activeStepIndex) once in the next animation frame. Waiting for a step to cross the trigger line is not enough: a
 * jump can carry short steps over the line within one frame, and an engine without `scrollend` (WebKit) would then
 * never look again. Many scroll events in one frame cost one layout read.
 */
export function createScrollEngine({ steps, offset, onChange }: ScrollEngineOptions): ScrollEngine {
  let current: number | undefined;
  let trigger = offset();
  let frame: number | undefined;
  const sync = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    frame = undefined;
    const next = activeStepIndex(
      steps.map((step) => step.getBoundingClientRect().top),
      trigger * window.innerHeight,
    );
    if (next !== current) {
      current = next;
      onChange(next);
    }
  };
  const schedule = () => {
    frame ??= requestAnimationFrame(sync);
  };
  // A resize can move the trigger line (it sits lower on phones), so it is read again then, and only then.
  const onResize = () => {
    trigger = offset();
    schedule();
  };
  // Steps that change height (text reflowing, a late font) move every step below them without a scroll.
  const resizes = new ResizeObserver(schedule);
  for (const step of steps) resizes.observe(step);
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', onResize);
  sync();
  return {
    sync() {
      trigger = offset();
      sync();
    },
    destroy() {
      if (frame !== undefined) cancelAnimationFrame(frame);
      frame = undefined;
      resizes.disconnect();
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', onResize);
    },
  };
}

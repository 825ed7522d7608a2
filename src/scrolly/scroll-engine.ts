import scrollama from 'scrollama';
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
 * Follows the reader through a story's steps. Scrollama's observers say *when* to look; the active step itself is
 * always recomputed from the steps' positions (see activeStepIndex), so a missed or out-of-order event cannot leave
 * the graphic on the wrong step.
 */
export function createScrollEngine({ steps, offset, onChange }: ScrollEngineOptions): ScrollEngine {
  let current: number | undefined;
  const sync = () => {
    const trigger = offset() * window.innerHeight;
    const next = activeStepIndex(
      steps.map((step) => step.getBoundingClientRect().top),
      trigger,
    );
    if (next !== current) {
      current = next;
      onChange(next);
    }
  };
  // Scrollama 3 has `offset(value)` (any fraction from 0 to 1), which its bundled typings do not declare.
  const scroller = scrollama() as scrollama.ScrollamaInstance & { offset(value: number): unknown };
  scroller
    .setup({ step: [...steps], offset: offset() as scrollama.DecimalType })
    .onStepEnter(sync)
    .onStepExit(sync);
  // Scrollama watches step sizes itself; a resize can also move the trigger line (it differs on phones).
  const onResize = () => {
    scroller.offset(offset());
    sync();
  };
  window.addEventListener('resize', onResize);
  window.addEventListener('scrollend', sync);
  sync();
  return {
    sync,
    destroy() {
      scroller.destroy();
      window.removeEventListener('resize', onResize);
      window.removeEventListener('scrollend', sync);
    },
  };
}

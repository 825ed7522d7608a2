import { applyFrame } from '../frame/apply-frame.ts';
import type { Frame, SizeName } from '../frame/frame.ts';
import { createScrollEngine, type ScrollEngine } from './scroll-engine.ts';

/** The frames a Scrolly ships, one entry per step in document order. */
export interface StoryFrames {
  readonly steps: readonly { readonly id: string; readonly frames: Readonly<Record<SizeName, Frame>> }[];
}

/** Fired on the story element each time a frame is applied; tests count these to prove no step is replayed. */
export interface FrameAppliedDetail {
  readonly stepId: string;
  readonly duration: number;
}

const TRANSITION_MS = 650;

/**
 * `<scrolly-story>`: keeps a sticky figure on the frame of the step the reader is on. It holds no chart logic; it
 * reads the prebuilt frames from its JSON script and hands them to applyFrame.
 */
export class ScrollyStory extends HTMLElement {
  #engine?: ScrollEngine;
  #shown?: number;
  #abort?: AbortController;

  connectedCallback(): void {
    const data = this.querySelector<HTMLScriptElement>('script[data-frames]');
    const figure = this.querySelector<HTMLElement>('figure[data-chart]');
    if (!data || !figure) throw new Error('<scrolly-story> needs a figure[data-chart] and a script[data-frames]');
    const { steps: frames } = JSON.parse(data.textContent ?? '') as StoryFrames;
    const steps = frames.map(({ id }) => document.getElementById(id) as HTMLElement);
    const svgs = [...figure.querySelectorAll<SVGSVGElement>('svg[data-size]')];
    const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
    this.#abort = new AbortController();
    const { signal } = this.#abort;

    const show = (index: number) => {
      const step = Math.max(0, index);
      if (step === this.#shown) return;
      const duration = this.#shown === undefined || reducedMotion.matches ? 0 : TRANSITION_MS;
      this.#shown = step;
      const { id, frames: stepFrames } = frames[step]!;
      for (const svg of svgs) applyFrame(svg, stepFrames[svg.dataset.size as SizeName], { duration });
      figure.dataset.stepId = id;
      steps.forEach((el, i) => (i === step ? el.setAttribute('aria-current', 'step') : el.removeAttribute('aria-current')));
      this.dispatchEvent(new CustomEvent<FrameAppliedDetail>('frame-applied', { detail: { stepId: id, duration }, bubbles: true }));
    };
    const followHash = (index: number) => {
      const ownsHash = steps.some((el) => `#${el.id}` === window.location.hash);
      if (index >= 0) history.replaceState(history.state, '', `#${steps[index]!.id}`);
      else if (ownsHash) history.replaceState(history.state, '', window.location.pathname + window.location.search);
    };

    // A deep link shows its step at once; the engine then agrees, because the step sits on the trigger line.
    const target = steps.findIndex((el) => `#${el.id}` === window.location.hash);
    if (target >= 0) {
      show(target);
      steps[target]!.scrollIntoView({ block: 'start' });
    }
    this.#engine = createScrollEngine({
      steps,
      offset: () => Number.parseFloat(getComputedStyle(this).getPropertyValue('--scrolly-trigger')) || 0.5,
      onChange: (index) => {
        show(index);
        followHash(index);
      },
    });
    // Keyboard readers move step by step with Tab: bring the focused step onto the trigger line so it becomes active.
    for (const el of steps) {
      el.addEventListener('focus', () => el.scrollIntoView({ block: 'start' }), { signal });
    }
  }

  disconnectedCallback(): void {
    this.#engine?.destroy();
    this.#abort?.abort();
    this.#shown = undefined;
  }
}

if (!customElements.get('scrolly-story')) customElements.define('scrolly-story', ScrollyStory);

import { applyFrame } from './apply-frame.ts';
import { copySnapshot } from './copy-snapshot.ts';
import { expandFrame } from '../frame/expand-frame.ts';
import type { Frame, SizeName } from '../frame/frame.ts';
import { readFrame } from './read-frame.ts';
import { createScrollEngine, type ScrollEngine } from './scroll-engine.ts';

/** Fired on the story element each time a frame is applied; tests count these to prove no step is replayed. */
export interface FrameAppliedDetail {
  readonly stepId: string;
  readonly duration: number;
}

/** How a story is laid out at this viewport size (set by src/styles/scrolly.css as `--scrolly-layout`). */
export type StoryLayout = 'stacked' | 'side' | 'flow';

const TRANSITION_MS = 650;

/**
 * Whether the next focus change comes from the keyboard. Only keyboard focus scrolls a step onto the reading line: a
 * click, a text selection or the window regaining focus must never move the page.
 */
let keyboardFocus = false;
if (typeof document !== 'undefined') {
  document.addEventListener('keydown', () => (keyboardFocus = true), { capture: true });
  document.addEventListener('keyup', () => (keyboardFocus = false), { capture: true });
  document.addEventListener('pointerdown', () => (keyboardFocus = false), { capture: true });
  window.addEventListener('blur', () => (keyboardFocus = false));
}

/**
 * Resolves in a later task, so that the work after it does not lengthen the task before: `scheduler.yield()` where the
 * browser has it (the page's own work goes first), else a zero timeout.
 */
const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/** The width from which a graphic draws its wide frame (the container query of src/styles/charts.css). */
const WIDE_FROM_PX = 640;

/** The files of wide frames, by address: a page's stories share one, and its furniture, which the first places. */
const wideFrameFiles = new Map<string, Promise<DocumentFragment | undefined>>();

/**
 * The file of wide frames at `href` (src/build/postbuild/split-wide-frames.ts), parsed; undefined where it cannot be
 * had (offline without it). On a frozen connection it never comes, and the story goes on without it.
 */
const wideFramesAt = (href: string): Promise<DocumentFragment | undefined> => {
  let file = wideFrameFiles.get(href);
  if (!file)
    wideFrameFiles.set(
      href,
      (file = fetch(href)
        .then((response) => (response.ok ? response.text() : Promise.reject(new Error(href))))
        .then((text) => {
          const template = document.createElement('template');
          template.innerHTML = text;
          return template.content;
        })
        .catch(() => undefined)),
    );
  return file;
};

/** The ids of every step on the page, in all its stories. */
const pageStepIds = () => new Set([...document.querySelectorAll('[data-step]')].map((el) => el.id));

/** The fragment the URL names, decoded; '' when there is none. */
const currentHash = () => {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return window.location.hash.slice(1);
  }
};

/**
 * `<scrolly-story>`: keeps a sticky figure on the frame of the step the reader is on. It holds no chart logic: the first
 * frame is copied from its step's snapshot SVG, and each later one is read from its step's snapshot and handed to
 * applyFrame. A page may hold several stories; only the one whose box holds the trigger line marks a step
 * `aria-current` and writes the URL's hash.
 */
export class ScrollyStory extends HTMLElement {
  #engine?: ScrollEngine;
  #abort?: AbortController;
  #observer?: IntersectionObserver;
  #shown?: number;
  #active = -1;
  #inView = false;
  #steps: HTMLElement[] = [];
  #figure?: HTMLElement;

  /** The layout the stylesheet chose for this viewport. */
  get layout(): StoryLayout {
    const value = getComputedStyle(this).getPropertyValue('--scrolly-layout').trim();
    return value === 'stacked' || value === 'side' ? value : 'flow';
  }

  /**
   * The trigger line, in CSS px from the top of the viewport: a step is active once its top edge has crossed it. When
   * the graphic sits above the steps it is never under the graphic.
   */
  get triggerLine(): number {
    const fraction = Number.parseFloat(getComputedStyle(this).getPropertyValue('--scrolly-trigger')) || 0.5;
    const line = fraction * window.innerHeight;
    if (this.layout !== 'stacked' || !this.#figure) return line;
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    return Math.min(window.innerHeight - rem, Math.max(line, this.#figure.getBoundingClientRect().height + 2 * rem));
  }

  /** The step marked current, or undefined when the reader is not in this story. */
  get currentStep(): HTMLElement | undefined {
    return this.#inView && this.#active >= 0 ? this.#steps[this.#active] : undefined;
  }

  connectedCallback(): void {
    const figure = this.querySelector<HTMLElement>('figure[data-chart]');
    const steps = [...this.querySelectorAll<HTMLElement>('[data-step]')];
    if (!figure || steps.length === 0) throw new Error('<scrolly-story>: no figure or no steps');
    this.#figure = figure;
    this.#steps = steps;
    this.#abort = new AbortController();
    void this.#start(figure, steps, this.#abort.signal);
  }

  /**
   * Starts the story in short tasks, each yielding to the page before the next (a phone that spends one long task
   * starting a story cannot answer a tap meanwhile): first the layout is read and a deep link is jumped to, then the
   * shown step's frame is drawn. Sets `data-live` once the story follows the reader.
   */
  async #start(figure: HTMLElement, steps: HTMLElement[], signal: AbortSignal): Promise<void> {
    const live = [...figure.querySelectorAll<SVGSVGElement>('svg[data-size]')];
    const snapshotOf = (step: number, size: SizeName) => {
      const snapshot = steps[step]!.querySelector<SVGSVGElement>(`figure[data-snapshot] svg[data-size="${size}"]`);
      if (!snapshot) throw new Error(`step "${steps[step]!.id}" has no ${size} snapshot`);
      return snapshot;
    };
    const frames = new Map<string, Frame>();
    const frameOf = (step: number, size: SizeName) => {
      const key = `${step}:${size}`;
      if (!frames.has(key)) frames.set(key, readFrame(snapshotOf(step, size)));
      return frames.get(key)!;
    };
    const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

    // The live graphic starts empty and is filled once the story has started and is within a viewport of the screen,
    // so a page with several stories draws only what the reader is near.
    let near = false;
    let drawing = false;
    const show = (index: number) => {
      const step = Math.max(0, index);
      if (step === this.#shown || !near || !drawing) return;
      // A story out of view (e.g. above a deep-linked one) is brought up to date at once, with nothing to watch.
      const first = this.#shown === undefined;
      const duration = first || reducedMotion.matches || !this.#holdsTrigger() ? 0 : TRANSITION_MS;
      this.#shown = step;
      for (const svg of live) {
        const size = svg.dataset.size as SizeName;
        // The first frame has nothing to move from: its snapshot's marks are copied as they are.
        if (first) {
          copySnapshot(svg, snapshotOf(step, size));
          continue;
        }
        // Only the graphic on screen moves, and it moves square by square: a unit grid printed as paths (see
        // compactFrame) is first split into its squares, which paint the same pixels. The other size, hidden, and a
        // graphic that must not move take the snapshot's frame as printed, at once.
        const moving = duration > 0 && svg.getBoundingClientRect().width > 0;
        if (moving && svg.querySelector('path[data-key$="+"]')) applyFrame(svg, expandFrame(readFrame(svg)), { duration: 0 });
        applyFrame(svg, moving ? expandFrame(frameOf(step, size)) : frameOf(step, size), { duration: moving ? duration : 0 });
      }
      const { id } = steps[step]!;
      figure.dataset.stepId = id;
      this.dispatchEvent(new CustomEvent<FrameAppliedDetail>('frame-applied', { detail: { stepId: id, duration }, bubbles: true }));
    };
    const markCurrent = () => {
      const current = this.currentStep;
      for (const el of steps) {
        if (el === current) el.setAttribute('aria-current', 'step');
        else el.removeAttribute('aria-current');
      }
    };
    // The hash names the shown step, or nothing; a fragment that names no step (a data table, a heading) is the
    // reader's, and is left alone.
    const followHash = () => {
      const hash = currentHash();
      if (hash !== '' && !pageStepIds().has(hash)) return;
      const current = this.currentStep;
      if (current) {
        if (hash !== current.id) history.replaceState(history.state, '', `#${current.id}`);
      } else if (steps.some((el) => el.id === hash)) {
        history.replaceState(history.state, '', window.location.pathname + window.location.search);
      }
    };
    const update = () => {
      markCurrent();
      followHash();
      // The header's link to this page in the other language takes the step last read along (the editions share ids),
      // also once the reader has scrolled back up to the header, past the first step.
      const current = this.currentStep;
      if (current) for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]')) link.hash = current.id;
    };
    const jumpTo = (index: number) => {
      this.#measureCover();
      show(index);
      steps[index]!.scrollIntoView({ block: 'start', behavior: 'instant' });
      this.#engine?.sync();
    };

    await nextTask();
    if (signal.aborted) return;
    // A deep link is jumped to first (the jump measures the cover); the engine then agrees, because the step sits on
    // the trigger line.
    const target = steps.findIndex((el) => el.id === currentHash());
    if (target >= 0) {
      near = true;
      jumpTo(target);
    } else {
      this.#measureCover();
    }
    // When the URL names a step of another story, this one waits for the jump before deciding whether it is near.
    const linkedElsewhere = target < 0 && pageStepIds().has(currentHash());
    const { top, bottom } = this.getBoundingClientRect();
    near ||= !linkedElsewhere && bottom > -window.innerHeight && top < 2 * window.innerHeight;
    const nearby = new IntersectionObserver(
      ([entry]) => {
        if (!entry?.isIntersecting || near) return;
        near = true;
        show(this.#active);
      },
      { rootMargin: '100% 0px' },
    );
    nearby.observe(this);
    signal.addEventListener('abort', () => nearby.disconnect());
    this.#engine = createScrollEngine({
      steps,
      offset: () => this.triggerLine / window.innerHeight,
      onChange: (index) => {
        this.#active = index;
        this.#inView = this.#holdsTrigger();
        show(index);
        update();
      },
    });
    this.#watchTriggerLine(update, signal);

    // The wide frames are fetched once the graphic is wide enough to draw them, now or after a resize; a phone never
    // asks for them. A reader who followed a step's link, and has not scrolled since, is kept on it once they land
    // (the graphic above the steps may change height).
    let placing = false;
    const wantWide = () => {
      if (placing || !this.dataset.frames || figure.getBoundingClientRect().width < WIDE_FROM_PX) return;
      placing = true;
      const at = window.scrollY;
      void this.#placeWide(figure, steps, live, () => this.#shown, snapshotOf, signal).then(() => {
        if (!signal.aborted && target >= 0 && window.scrollY === at) jumpTo(target);
      });
    };
    wantWide();
    window.addEventListener('resize', wantWide, { signal });

    // A hash set while the page is open (a link, a script, the address bar) shows its step at once.
    window.addEventListener(
      'hashchange',
      () => {
        const index = steps.findIndex((el) => el.id === currentHash());
        if (index >= 0) jumpTo(index);
      },
      { signal },
    );
    // Once the page settles, the hash is put right whatever happened on the way (a smooth scroll still running can
    // override a hash jump; the hash then follows the step the reader ends on).
    window.addEventListener(
      'scrollend',
      () => {
        this.#engine?.sync();
        this.#inView = this.#holdsTrigger();
        update();
      },
      { signal },
    );
    window.addEventListener('resize', () => this.#measureCover(), { signal });
    // Keyboard readers move step by step with Tab: bring the focused step onto the trigger line so it becomes active.
    for (const el of steps) {
      el.addEventListener(
        'focus',
        () => {
          if (keyboardFocus) el.scrollIntoView({ block: 'start' });
        },
        { signal },
      );
    }

    // The first frame is drawn in a task of its own.
    await nextTask();
    if (signal.aborted) return;
    drawing = true;
    show(this.#active);
    this.dataset.live = '';
  }

  /**
   * Puts the story's wide frames in place once they come, where the build took them out of the page to keep its first
   * bytes few (`data-frames`, their file's address; src/build/postbuild/split-wide-frames.ts): each step's wide snapshot
   * beside its narrow one, the furniture they draw, and the live graphic's wide frame, showing the step shown. CSS
   * shows a wide frame from 640 px (src/styles/charts.css); until then, or where the file cannot be had (read from
   * disk, offline without it, a frozen network), the narrow one stands in. Removes `data-frames` once done.
   */
  async #placeWide(
    figure: HTMLElement,
    steps: HTMLElement[],
    live: SVGSVGElement[],
    shown: () => number | undefined,
    snapshotOf: (step: number, size: SizeName) => SVGSVGElement,
    signal: AbortSignal,
  ): Promise<void> {
    const href = this.dataset.frames;
    // A browser fetches nothing from disk; a file that cannot be had leaves the story narrow.
    const frames = href && location.protocol !== 'file:' ? await wideFramesAt(href) : undefined;
    delete this.dataset.frames;
    if (!frames || signal.aborted) return;
    // The furniture of the page's stories, an SVG that takes no room, as the page's own: the first story places it.
    const furniture = frames.firstElementChild?.querySelector(':scope > svg:not([data-step])');
    if (furniture) this.prepend(furniture);
    // Step ids are kebab-case (the build checks them), so they need no escaping in a selector.
    const wide = steps.map((step) => frames.querySelector<SVGSVGElement>(`svg[data-step="${step.id}"]`));
    // A build that left a step out leaves the story narrow (test/site/budget.test.ts checks every step is there).
    if (wide.includes(null)) return;
    wide.forEach((svg, i) => {
      svg!.removeAttribute('data-step');
      snapshotOf(i, 'narrow').after(svg!);
    });
    const liveWide = wide[0]!.cloneNode(true) as SVGSVGElement;
    liveWide.querySelector(':scope > g[data-marks]')!.replaceChildren();
    const step = shown();
    if (step !== undefined) copySnapshot(liveWide, snapshotOf(step, 'wide'));
    figure.querySelector('svg[data-size="narrow"]')!.after(liveWide);
    live.push(liveWide);
    this.#measureCover();
  }

  disconnectedCallback(): void {
    this.#engine?.destroy();
    this.#abort?.abort();
    this.#observer?.disconnect();
    this.#shown = undefined;
    this.#active = -1;
    this.#inView = false;
    delete this.dataset.live;
  }

  /** Whether this story's box holds the trigger line now. */
  #holdsTrigger(): boolean {
    const { top, bottom } = this.getBoundingClientRect();
    const line = this.triggerLine;
    return top <= line && bottom > line;
  }

  /**
   * Follows the story entering and leaving the trigger line (the engine only reports changes of step, and leaving
   * the story past its last step is none). Rebuilt on resize, since the line moves with the viewport.
   */
  #watchTriggerLine(update: () => void, signal: AbortSignal): void {
    const observe = () => {
      this.#observer?.disconnect();
      const line = Math.round(this.triggerLine);
      this.#observer = new IntersectionObserver(
        () => {
          const inView = this.#holdsTrigger();
          if (inView === this.#inView) return;
          this.#inView = inView;
          this.#engine?.sync();
          update();
        },
        { rootMargin: `${-line}px 0px ${line + 1 - window.innerHeight}px 0px` },
      );
      this.#observer.observe(this);
    };
    observe();
    window.addEventListener('resize', observe, { signal });
  }

  /**
   * Sets the root's scroll-padding to how much of the viewport's top the sticky graphic covers (0 unless it sits above
   * the steps), which keeps find-in-page matches, text fragments and linked steps out from under it.
   */
  #measureCover(): void {
    const stacked = [...document.querySelectorAll<ScrollyStory>('scrolly-story')].filter((s) => s.layout === 'stacked');
    const cover = Math.max(0, ...stacked.map((s) => s.#figure?.getBoundingClientRect().height ?? 0));
    // Set on the root alone: a custom property there would restyle every element of the page.
    document.documentElement.style.scrollPaddingBlockStart = `${Math.ceil(cover)}px`;
  }
}

if (!customElements.get('scrolly-story')) customElements.define('scrolly-story', ScrollyStory);

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScrollEngine } from '../../src/scrolly/scroll-engine.ts';

/**
 * A page with no `scrollend` (as WebKit): a window that only dispatches `scroll` and `resize`, animation frames the
 * test runs by hand, and steps whose positions the test moves as a scroll would.
 */
function fakePage(tops: number[]) {
  const listeners = new Map<string, Set<() => void>>();
  let frames: (() => void)[] = [];
  let reads = 0;
  const win = {
    innerHeight: 800,
    addEventListener: (type: string, fn: () => void) => listeners.set(type, (listeners.get(type) ?? new Set()).add(fn)),
    removeEventListener: (type: string, fn: () => void) => listeners.get(type)?.delete(fn),
  };
  vi.stubGlobal('window', win);
  vi.stubGlobal('requestAnimationFrame', (fn: () => void) => frames.push(fn));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => {}));
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  const steps = tops.map((_, i) => ({
    getBoundingClientRect: () => {
      reads += 1;
      return { top: tops[i]! } as DOMRect;
    },
  })) as unknown as HTMLElement[];
  return {
    steps,
    /** Moves the page by `dy` px in one go and fires one scroll event, as an instant jump does. */
    jump(dy: number, events = 1) {
      tops.forEach((top, i) => (tops[i] = top - dy));
      for (let i = 0; i < events; i += 1) listeners.get('scroll')?.forEach((fn) => fn());
    },
    /** Runs the animation frames requested so far. */
    nextFrame() {
      const due = frames;
      frames = [];
      due.forEach((fn) => fn());
    },
    reads: () => reads,
    listenerCount: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
  };
}

describe('createScrollEngine without scrollend', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('finds the right step after a jump that carries several steps over the trigger line at once', () => {
    // Short steps 100 px apart below a trigger at 0.72 × 800 = 576 px.
    const page = fakePage([900, 1000, 1100, 1200, 1300]);
    const seen: number[] = [];
    createScrollEngine({ steps: page.steps, offset: () => 0.72, onChange: (i) => seen.push(i) });
    expect(seen).toEqual([-1]);
    page.jump(560); // tops now 340 … 740: steps 0–2 have crossed 576 in one frame
    page.nextFrame();
    expect(seen).toEqual([-1, 2]);
  });

  it('reads the layout once per frame however many scroll events arrive in it', () => {
    const page = fakePage([900, 1000, 1100]);
    createScrollEngine({ steps: page.steps, offset: () => 0.5, onChange: () => {} });
    const before = page.reads();
    page.jump(50, 20);
    expect(page.reads()).toBe(before);
    page.nextFrame();
    expect(page.reads()).toBe(before + 3);
  });

  it('stops listening when destroyed', () => {
    const page = fakePage([900, 1000]);
    const seen: number[] = [];
    const engine = createScrollEngine({ steps: page.steps, offset: () => 0.5, onChange: (i) => seen.push(i) });
    engine.destroy();
    page.jump(800);
    page.nextFrame();
    expect(seen).toEqual([-1]);
    expect(page.listenerCount()).toBe(0);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** The scrollama instance the engine made: its options, its callbacks and what was asked of it since. */
const scroller = vi.hoisted(() => ({
  options: undefined as { step: unknown[]; offset: string } | undefined,
  enter: undefined as (() => void) | undefined,
  exit: undefined as (() => void) | undefined,
  offsets: [] as string[],
  destroyed: false,
}));

vi.mock('scrollama', () => ({
  default: () => {
    const instance = {
      setup(options: { step: unknown[]; offset: string }) {
        scroller.options = options;
        return instance;
      },
      onStepEnter(fn: () => void) {
        scroller.enter = fn;
        return instance;
      },
      onStepExit(fn: () => void) {
        scroller.exit = fn;
        return instance;
      },
      offset(value: string) {
        scroller.offsets.push(value);
      },
      destroy() {
        scroller.destroyed = true;
      },
    };
    return instance;
  },
}));

const { createScrollEngine } = await import('../../src/scrolly/scroll-engine.ts');

/** A window that dispatches only what the test fires, a print media query, and steps the test moves. */
function fakePage(tops: number[]) {
  const listeners = new Map<string, Set<() => void>>();
  const print = { matches: false, listeners: new Set<() => void>() };
  const win = {
    innerHeight: 800,
    addEventListener: (type: string, fn: () => void) => listeners.set(type, (listeners.get(type) ?? new Set()).add(fn)),
    removeEventListener: (type: string, fn: () => void) => listeners.get(type)?.delete(fn),
    matchMedia: () => ({
      get matches() {
        return print.matches;
      },
      addEventListener: (_: string, fn: () => void) => print.listeners.add(fn),
      removeEventListener: (_: string, fn: () => void) => print.listeners.delete(fn),
    }),
  };
  vi.stubGlobal('window', win);
  const steps = tops.map((_, i) => ({ getBoundingClientRect: () => ({ top: tops[i]! }) as DOMRect })) as unknown as HTMLElement[];
  return {
    win,
    steps,
    /** Moves the page by `dy` px in one go, as an instant jump does (scrollama is told by its observers, not here). */
    move: (dy: number) => tops.forEach((top, i) => (tops[i] = top - dy)),
    fire: (type: string) => listeners.get(type)?.forEach((fn) => fn()),
    print,
    listenerCount: () => [...listeners.values()].reduce((n, set) => n + set.size, 0) + print.listeners.size,
  };
}

describe('createScrollEngine, with scrollama saying when to look', () => {
  beforeEach(() => {
    Object.assign(scroller, { options: undefined, enter: undefined, exit: undefined, offsets: [], destroyed: false });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('gives scrollama every step and the trigger line in pixels, unrounded, the line the positions are read against', () => {
    const page = fakePage([900, 1000]);
    createScrollEngine({ steps: page.steps, offset: () => 0.72, onChange: () => {} });
    expect(scroller.options?.step).toEqual(page.steps);
    expect(scroller.options?.offset).toBe('576px');
    createScrollEngine({ steps: page.steps, offset: () => 0.7215, onChange: () => {} });
    expect(scroller.options?.offset).toBe(`${0.7215 * 800}px`);
  });

  it('reads the active step from positions when scrollama reports a crossing, however many steps a jump carried', () => {
    // Short steps 100 px apart below a trigger at 0.72 × 800 = 576 px.
    const page = fakePage([900, 1000, 1100, 1200, 1300]);
    const seen: number[] = [];
    createScrollEngine({ steps: page.steps, offset: () => 0.72, onChange: (i) => seen.push(i) });
    expect(seen).toEqual([-1]);
    page.move(650);
    scroller.enter!();
    expect(seen).toEqual([-1, 3]);
    page.move(-200);
    scroller.exit!();
    expect(seen).toEqual([-1, 3, 1]);
  });

  it('reports a step once, however many crossings say the same', () => {
    const page = fakePage([500, 900]);
    const seen: number[] = [];
    createScrollEngine({ steps: page.steps, offset: () => 0.5, onChange: (i) => seen.push(i) });
    scroller.enter!();
    scroller.exit!();
    scroller.enter!();
    expect(seen).toEqual([-1]);
  });

  it('moves the trigger line with the viewport on resize, and looks again', () => {
    const page = fakePage([700, 1200]);
    const seen: number[] = [];
    let fraction = 0.5;
    createScrollEngine({ steps: page.steps, offset: () => fraction, onChange: (i) => seen.push(i) });
    expect(seen).toEqual([-1]);
    fraction = 0.9;
    page.fire('resize');
    expect(scroller.offsets).toEqual(['720px']);
    expect(seen).toEqual([-1, 0]);
    page.fire('resize');
    expect(scroller.offsets, 'a resize that leaves the line where it was rebuilds nothing').toEqual(['720px']);
  });

  it('moves scrollama’s line too when asked to look again after the line moved (a taller graphic on a phone)', () => {
    const page = fakePage([700, 1200]);
    let fraction = 0.5;
    const engine = createScrollEngine({ steps: page.steps, offset: () => fraction, onChange: () => {} });
    fraction = 0.75;
    engine.sync();
    expect(scroller.offsets).toEqual(['600px']);
  });

  it('refuses a story without steps', () => {
    fakePage([]);
    expect(() => createScrollEngine({ steps: [], offset: () => 0.5, onChange: () => {} })).toThrow(/at least one step/);
  });

  it('looks again after printing, whose layout can leave the page elsewhere without a scroll event', () => {
    const page = fakePage([900, 1300]);
    const seen: number[] = [];
    createScrollEngine({ steps: page.steps, offset: () => 0.5, onChange: (i) => seen.push(i) });
    page.move(500);
    page.print.matches = true;
    page.print.listeners.forEach((fn) => fn());
    expect(seen).toEqual([-1]);
    page.print.matches = false;
    page.fire('afterprint');
    expect(seen).toEqual([-1, 0]);
  });

  it('stops listening and lets scrollama go when destroyed', () => {
    const page = fakePage([900]);
    const engine = createScrollEngine({ steps: page.steps, offset: () => 0.5, onChange: () => {} });
    expect(page.listenerCount()).toBe(3);
    engine.destroy();
    expect(page.listenerCount()).toBe(0);
    expect(scroller.destroyed).toBe(true);
  });
});

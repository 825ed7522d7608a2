/** The browser engines the reader-facing tests run in. */
export const engineNames = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof engineNames)[number];

/** A viewport in CSS pixels. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** How to open a page. */
export interface OpenOptions extends Size {
  /** false renders the page as a browser with scripting off would (default true). */
  readonly javaScript?: boolean;
  /**
   * false renders it as a browser that draws no SVG, as Tor Browser's Safest level sets Firefox (`svg.disabled`;
   * default true). Only Firefox can.
   */
  readonly svg?: boolean;
}

/** A function that runs in the page: it sees only its JSON arguments and returns JSON (or a promise of it). */
export type PageFunction<A extends unknown[], R> = (...args: A) => R | Promise<R>;

/**
 * One open page in some engine. This is everything a test may do with a browser, so a test written against it runs
 * unchanged in every engine.
 */
export interface EnginePage {
  /** Runs `fn` in the page with `args` and returns its (awaited) result. */
  run<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R>;
  /**
   * Waits until `fn` finds nothing wrong (returns an empty list), asking again on each of the page's animation
   * frames and across a navigation. After `timeout` ms (default 5000) it fails with what `fn` last found wrong.
   */
  waitFor<A extends unknown[]>(fn: PageFunction<A, readonly string[]>, args: A, timeout?: number): Promise<void>;
  /** A real pointer click at viewport coordinates (CSS px): trusted, so it focuses what it hits; it scrolls nothing. */
  clickAt(x: number, y: number): Promise<void>;
  /** Goes back in the tab's history, as the Back button does; the caller waits for the page it expects (`loaded`). */
  back(): Promise<void>;
  /** A PNG of the viewport. */
  screenshot(): Promise<Uint8Array>;
  /** Closes the page. */
  close(): Promise<void>;
}

/** A running engine. */
export interface Engine {
  readonly name: EngineName;
  /** The engine's own version string, for reports. */
  readonly version: string;
  /** Opens `url` in a page of the given size (a fresh load, though the page may be one used before) and resolves once it has loaded. */
  open(url: string, options: OpenOptions): Promise<EnginePage>;
  /** Stops the engine and everything it started. */
  close(): Promise<void>;
}

/** Runs `fn` in a page, for waitInPage. */
type Runner = <A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A) => Promise<R>;

/**
 * EnginePage.waitFor for any engine: asks `fn(...args)` until it returns an empty list. Between two asks it waits
 * 100 ms of the page's own time and then one of its animation frames, so the page's clock paces the loop. (Asking on
 * every frame made the engines' drivers and the in-page comparison the largest cost of a walk: some forty asks per
 * 650 ms transition, where a settled state needs one.)
 */
export async function waitInPage<A extends unknown[]>(
  run: Runner,
  fn: PageFunction<A, readonly string[]>,
  args: A,
  timeout = 5000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: readonly string[] = ['the page never answered'];
  for (;;) {
    try {
      last = await run(fn, ...args);
      if (last.length === 0) return;
      await run(
        () =>
          new Promise<boolean>((resolve) => {
            // A page on its way out draws no more frames: answer before it goes, or the driver waits on a dead page.
            const leaving = () => resolve(true);
            addEventListener('pagehide', leaving, { once: true });
            setTimeout(
              () =>
                requestAnimationFrame(() => {
                  removeEventListener('pagehide', leaving);
                  resolve(true);
                }),
              100,
            );
          }),
      );
    } catch (error) {
      // A navigation can destroy the page's context while we ask; ask again in the new document.
      if (!/context|navigat|detached|target|no such|stale|unload|javascript error/i.test(String(error))) throw error;
      last = [String(error).slice(0, 300)];
    }
    if (Date.now() > deadline) throw new Error(`after ${timeout} ms: ${last.slice(0, 6).join('; ')}`);
  }
}

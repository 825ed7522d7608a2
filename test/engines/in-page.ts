/*
 * Functions that run inside the page, in any engine, through EnginePage.run/waitFor. Each is self-contained (it is
 * sent to the browser as source): no imports, no outer variables, JSON in and out.
 */

/** What the story holding `id` shows now: the steps marked current, the last frame applied, the URL's hash. */
export function storyState(id: string): { current: string[]; lastFrame: string | null; frames: number; hash: string } {
  const story = document.getElementById(id)!.closest('scrolly-story')!;
  const frames = (window as unknown as { __engineRecorder?: { frames: { stepId: string }[] } }).__engineRecorder?.frames ?? [];
  return {
    current: [...story.querySelectorAll('[aria-current="step"]')].map((el) => el.id),
    lastFrame: frames.at(-1)?.stepId ?? null,
    frames: frames.length,
    hash: location.hash,
  };
}

/**
 * What keeps step `id` from being settled on: it must be the one step marked current, its frame the last applied,
 * the URL's hash its own (when `withHash`), and the story's visible live graphic equal to the snapshot printed in the
 * step at the same size, mark for mark and square for square (marks missing or extra, attributes that differ, numbers
 * by more than 0.5 user units, text, a mark still fading). Empty when the reader sees exactly that step.
 */
export function unsettled(id: string, withHash: boolean): string[] {
  const step = document.getElementById(id)!;
  const story = step.closest('scrolly-story')!;
  const problems: string[] = [];
  const current = [...story.querySelectorAll('[aria-current="step"]')].map((el) => el.id);
  if (current.length !== 1 || current[0] !== id) problems.push(`current is [${current.join(', ')}]`);
  const frames = (window as unknown as { __engineRecorder?: { frames: { stepId: string }[] } }).__engineRecorder?.frames ?? [];
  if (frames.at(-1)?.stepId !== id) problems.push(`last frame applied was ${frames.at(-1)?.stepId ?? 'none'}`);
  if (withHash && location.hash !== `#${id}`) problems.push(`hash is "${location.hash}"`);
  const live = [...story.querySelectorAll<SVGSVGElement>('svg[data-size]')].find(
    (svg) => !svg.closest('[data-step]') && getComputedStyle(svg).display !== 'none',
  );
  if (!live) return [...problems, 'no live graphic is visible'];
  const size = live.getAttribute('data-size');
  const snapshot = step.querySelector<SVGSVGElement>(`svg[data-size="${size}"]`);
  if (!snapshot) return [...problems, `step ${id} has no ${size} snapshot`];
  if (live.getAttribute('viewBox') !== snapshot.getAttribute('viewBox')) {
    problems.push(`viewBox ${live.getAttribute('viewBox')}, snapshot ${snapshot.getAttribute('viewBox')}`);
  }
  // A mark with no opacity attribute is fully opaque: an entering mark ends its fade at opacity="1".
  const attrs = (el: Element) => {
    const out: Record<string, string> = {};
    for (const name of el.getAttributeNames()) if (name !== 'data-key') out[name] = el.getAttribute(name)!;
    if (out.opacity !== undefined && Number(out.opacity) === 1) delete out.opacity;
    return out;
  };
  // A unit grid's path (key "unit:0:73+", see compactFrame) stands for its squares ("unit:0:73", "unit:0:74", …), which
  // the live graphic moves one by one: both graphics are compared square by square.
  const marksOf = (svg: SVGSVGElement) =>
    [...svg.querySelectorAll<SVGElement>('[data-marks] > [data-key]')].flatMap((el) => {
      const mark = { kind: el.localName, key: el.dataset.key!, attrs: attrs(el), text: el.textContent ?? '' };
      const run = mark.kind === 'path' ? /^(.*?)(0|[1-9]\d*)\+$/.exec(mark.key) : null;
      if (!run) return [mark];
      const { d = '', ...rest } = mark.attrs;
      let [x, y] = [0, 0];
      return [...d.matchAll(/[Mm]([^ ]+) ([^h]+)h([^v]+)v([^h]+)h[^z]+z/g)].map(([, dx, dy, width, height], i) => {
        [x, y] = [x + Number(dx), y + Number(dy)];
        const square = { ...rest, x: String(x), y: String(y), width: width!, height: height! };
        return { kind: 'rect', key: `${run[1]}${Number(run[2]) + i}`, attrs: square, text: '' };
      });
    });
  const liveMarks = new Map(marksOf(live).map((mark) => [`${mark.kind} ${mark.key}`, mark]));
  const wanted = new Map(marksOf(snapshot).map((mark) => [`${mark.kind} ${mark.key}`, mark]));
  for (const [which, mark] of wanted) {
    const { key } = mark;
    const twin = liveMarks.get(which);
    if (!twin) {
      problems.push(`missing ${which}`);
      continue;
    }
    const want = mark.attrs;
    const have = twin.attrs;
    for (const name of new Set([...Object.keys(want), ...Object.keys(have)])) {
      const a = have[name];
      const b = want[name];
      const numeric = a !== undefined && b !== undefined && a.trim() !== '' && !Number.isNaN(Number(a)) && !Number.isNaN(Number(b));
      if (numeric ? Math.abs(Number(a) - Number(b)) > 0.5 : a !== b)
        problems.push(`${key} ${name}=${a ?? '(none)'}, snapshot ${b ?? '(none)'}`);
    }
    if (twin.text !== mark.text) problems.push(`${key} text "${twin.text}", snapshot "${mark.text}"`);
  }
  for (const which of liveMarks.keys()) if (!wanted.has(which)) problems.push(`extra ${which}`);
  return problems;
}

/** The step the trigger line is on, from the steps' positions (null above the first): what a reader would call current. */
export function stepAtTrigger(id: string): string | null {
  const story = document.getElementById(id)!.closest('scrolly-story')!;
  const trigger =
    (story as unknown as { triggerLine?: number }).triggerLine ??
    Number.parseFloat(getComputedStyle(story).getPropertyValue('--scrolly-trigger')) * innerHeight;
  const steps = [...story.querySelectorAll<HTMLElement>('[data-step]')];
  return steps.filter((s) => s.getBoundingClientRect().top <= trigger).at(-1)?.id ?? null;
}

/**
 * Scrolls through the story holding `ids` steadily, a quarter of the viewport a frame (a quick finger), and after
 * each move compares the step marked current with the step the trigger line is on. It looks in the frame that follows
 * the move's `scroll` event, after the page's own work for that frame: the page's scroll listener was added first, so
 * whatever animation frame it asked for runs before this one.
 */
export async function scrollSteadily(ids: string[]): Promise<{ becameCurrent: string[]; wrong: string[]; moves: number }> {
  const steps = ids.map((id) => document.getElementById(id)!);
  const story = steps[0]!.closest('scrolly-story')!;
  const top = (el: Element) => el.getBoundingClientRect().top + scrollY;
  const start = Math.max(0, top(steps[0]!) - innerHeight);
  const end = Math.min(steps.at(-1)!.getBoundingClientRect().bottom + scrollY, document.documentElement.scrollHeight - innerHeight);
  const dy = Math.round(innerHeight / 4);
  const becameCurrent = new Set<string>();
  const wrong: string[] = [];
  let moves = 0;
  for (let y = start; y <= end; y += dy) {
    if (Math.abs(scrollY - y) < 1) continue;
    await new Promise((resolve) => {
      addEventListener('scroll', () => requestAnimationFrame(resolve), { once: true });
      scrollTo({ top: y, behavior: 'instant' });
    });
    moves += 1;
    // The story publishes its trigger line (it sits below the graphic on phones); the CSS fraction is the fallback.
    const trigger =
      (story as unknown as { triggerLine?: number }).triggerLine ??
      Number.parseFloat(getComputedStyle(story).getPropertyValue('--scrolly-trigger')) * innerHeight;
    // Past the story's end, the line is on no step of it: a story out of view holds no current step.
    const at =
      story.getBoundingClientRect().bottom > trigger ? steps.filter((s) => s.getBoundingClientRect().top <= trigger).at(-1) : undefined;
    if (!at) continue;
    const currentIds = () => [...story.querySelectorAll('[aria-current="step"]')].map((el) => el.id);
    // The engine may look one frame later than this (it recomputes once per frame): allow it that frame, no more.
    if (currentIds().join() !== at.id) await new Promise((resolve) => requestAnimationFrame(resolve));
    const current = currentIds();
    if (current.length === 1 && current[0] === at.id) becameCurrent.add(at.id);
    else wrong.push(`at scrollY ${Math.round(scrollY)} the line is on ${at.id}, current is [${current.join(', ')}]`);
  }
  return { becameCurrent: [...becameCurrent], wrong, moves };
}

/**
 * Jumps instantly so that step `id` sits in the middle of the viewport, as find-in-page or a restored position does.
 * (scrollIntoView would honour the step's scroll-margin and stop short of the trigger line.)
 */
export function jumpToCentre(id: string): void {
  const box = document.getElementById(id)!.getBoundingClientRect();
  scrollTo({ top: scrollY + box.top + box.height / 2 - innerHeight / 2, behavior: 'instant' });
}

/** Scrolls instantly so that step `id`'s top edge sits `px` CSS px above the trigger line, as a reader's scroll may leave it. */
export function placeAboveTrigger(id: string, px: number): void {
  const step = document.getElementById(id)!;
  const trigger = Number.parseFloat(getComputedStyle(step.closest('scrolly-story')!).getPropertyValue('--scrolly-trigger')) * innerHeight;
  scrollTo({ top: scrollY + step.getBoundingClientRect().top - (trigger - px), behavior: 'instant' });
}

/** Jumps instantly to the top of the page. */
export function jumpToTop(): void {
  scrollTo({ top: 0, behavior: 'instant' });
}

/**
 * How readable step `id`'s text is where it stands: its font size, and how many CSS px of its height are inside the
 * viewport and not covered by anything (hit-tested every 4 px down its middle), against the height of its first
 * three lines (or all of it, if shorter).
 */
export function readability(id: string): { fontPx: number; visiblePx: number; neededPx: number; point: [number, number] | null } {
  const step = document.getElementById(id)!;
  const text = step.querySelector<HTMLElement>('.step__text') ?? step;
  const box = text.getBoundingClientRect();
  const style = getComputedStyle(text);
  const fontPx = Number.parseFloat(style.fontSize);
  const line = Number.parseFloat(style.lineHeight) || fontPx * 1.5;
  let visiblePx = 0;
  let point: [number, number] | null = null;
  const x = box.left + box.width / 2;
  for (let y = Math.ceil(box.top) + 2; y < box.bottom - 2; y += 4) {
    if (y < 0 || y >= innerHeight || x < 0 || x >= innerWidth) continue;
    const hit = document.elementFromPoint(x, y);
    if (hit && text.contains(hit)) {
      visiblePx += 4;
      point ??= [x, y];
    }
  }
  return { fontPx, visiblePx, neededPx: Math.min(box.height - 8, 3 * line), point };
}

/** Waits for two of the page's animation frames, so that anything a scroll started has been seen; returns scrollY. */
export function twoFrames(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(scrollY))));
}

/**
 * Watches the page for `frames` animation frames and returns how far it scrolled (a smooth scroll that a click
 * started has moved by then). There is no event for "nothing scrolled", so the page's own frames bound the watch.
 */
export function scrolledDuring(frames: number): Promise<number> {
  const start = scrollY;
  let moved = 0;
  const onScroll = () => (moved = Math.max(moved, Math.abs(scrollY - start)));
  addEventListener('scroll', onScroll);
  return new Promise((resolve) => {
    const tick = (left: number) =>
      requestAnimationFrame(() => {
        if (left > 0) return tick(left - 1);
        removeEventListener('scroll', onScroll);
        resolve(Math.max(moved, Math.abs(scrollY - start)));
      });
    tick(frames);
  });
}

/** The frames applied since the page loaded, in order. */
export function appliedFrames(): { stepId: string; duration: number }[] {
  return (window as unknown as { __engineRecorder?: { frames: { stepId: string; duration: number }[] } }).__engineRecorder?.frames ?? [];
}

/**
 * Without scripting: for each step, how many snapshot drawings are displayed with a size and marks; 1 for every step
 * is right. Also says whether the page really renders as without scripting.
 */
export function snapshotsShown(): { scripting: boolean; liveShown: boolean; steps: Record<string, number> } {
  const steps: Record<string, number> = {};
  for (const step of document.querySelectorAll<HTMLElement>('[data-step]')) {
    steps[step.id] = [...step.querySelectorAll<SVGSVGElement>('svg[data-size]')].filter((svg) => {
      const box = svg.getBoundingClientRect();
      return getComputedStyle(svg).display !== 'none' && box.width > 0 && box.height > 0 && svg.querySelector('[data-key]') !== null;
    }).length;
  }
  const liveShown = [...document.querySelectorAll<SVGSVGElement>('scrolly-story svg[data-size]')].some(
    (svg) => !svg.closest('[data-step]') && getComputedStyle(svg).display !== 'none' && svg.getBoundingClientRect().width > 0,
  );
  return { scripting: matchMedia('(scripting: enabled)').matches, liveShown, steps };
}

/** Empty once the last frame the page applied is step `id`'s. */
export function lastFrameIs(id: string): string[] {
  const frames = (window as unknown as { __engineRecorder?: { frames: { stepId: string }[] } }).__engineRecorder?.frames ?? [];
  return frames.at(-1)?.stepId === id ? [] : [`last frame applied was ${frames.at(-1)?.stepId ?? 'none'}, not ${id}`];
}

/**
 * Empty once the page at `pathname` is ready for a reader: loaded and, where it has scripts, every custom element on it
 * defined and every story live (the scripts fetch their code after the first paint, which may come after `load`, and a
 * story starts in a few short tasks).
 */
export function loaded(pathname: string): string[] {
  if (location.pathname !== pathname) return [`at ${location.pathname}, not ${pathname}`];
  if (document.readyState !== 'complete') return [`${location.pathname} is ${document.readyState}`];
  const scripted = matchMedia('(scripting: enabled)').matches && document.querySelector('script[type="module"]');
  const waiting = scripted ? [...document.querySelectorAll(':not(:defined), scrolly-story:not([data-live])')] : [];
  return waiting.map((el) => `<${el.localName}> is not ${el.matches(':defined') ? 'live' : 'defined'} yet`).slice(0, 1);
}

/**
 * The page's scripts that were requested before the page first painted: the loader waits for that paint's report,
 * or, where the engine reports none (Firefox at a #fragment), for its timer after `load`. Empty on a page that works.
 */
export function scriptsBeforeFirstPaint(): string[] {
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const after = paint
    ? { time: paint.startTime, what: 'the first contentful paint' }
    : { time: navigation?.loadEventStart ?? Infinity, what: 'load' };
  const scripts = performance.getEntriesByType('resource').filter((entry) => /\/_astro\/[^/]+\.js$/.test(new URL(entry.name).pathname));
  if (scripts.length === 0) return ['the page fetched none of its scripts'];
  return scripts.filter((entry) => entry.startTime < after.time).map((entry) => `${entry.name} was requested before ${after.what}`);
}

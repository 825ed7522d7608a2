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
 * What keeps step `id` from being settled on: it must be the one step marked current, its frame the last its story applied and
 * the one the sticky figure says it shows, the URL's hash its own (when `withHash`), and the story's visible live
 * graphic equal to the snapshot printed in the step at the same size, mark for mark (the drawing's size, marks missing
 * or extra, attributes that differ, numbers by more than 0.5 user units, text, a mark still fading, marks out of
 * order). Empty when the reader sees exactly that step. This is the suite's one comparison of a graphic with its
 * snapshot: the Chromium files (test/helpers/story-page.ts) and the engine files all use it.
 *
 * A unit grid is printed in the snapshot as one compact path per run of keyed squares (src/frame/compact-frame.ts); the
 * live graphic draws it so, or as one rect per square while it moves. Both are compared square by square, by key.
 */
export function unsettled(id: string, withHash: boolean): string[] {
  const step = document.getElementById(id)!;
  const story = step.closest('scrolly-story')!;
  const problems: string[] = [];
  const current = [...story.querySelectorAll('[aria-current="step"]')].map((el) => el.id);
  if (current.length !== 1 || current[0] !== id) problems.push(`current is [${current.join(', ')}]`);
  // The frames this story applied (another story of the page may get its graphic ready meanwhile).
  const frames = ((window as unknown as { __engineRecorder?: { frames: { stepId: string }[] } }).__engineRecorder?.frames ?? []).filter(
    (frame) => story.contains(document.getElementById(frame.stepId)),
  );
  if (frames.at(-1)?.stepId !== id) problems.push(`last frame applied was ${frames.at(-1)?.stepId ?? 'none'}`);
  const shows = story.querySelector('figure[data-chart]')?.getAttribute('data-step-id');
  if (shows !== id) problems.push(`the figure says it shows ${shows ?? 'nothing'}`);
  if (withHash && location.hash !== `#${id}`) problems.push(`hash is "${location.hash}"`);
  const live = [...story.querySelectorAll<SVGSVGElement>('svg[data-size]')].find(
    (svg) => !svg.closest('[data-step]') && getComputedStyle(svg).display !== 'none',
  );
  if (!live) return [...problems, 'no live graphic is visible'];
  const size = live.getAttribute('data-size');
  const snapshot = step.querySelector<SVGSVGElement>(`svg[data-size="${size}"]`);
  if (!snapshot) return [...problems, `step ${id} has no ${size} snapshot`];
  for (const name of ['viewBox', 'width', 'height']) {
    if (live.getAttribute(name) !== snapshot.getAttribute(name)) {
      problems.push(`svg ${name}=${live.getAttribute(name)}, snapshot ${snapshot.getAttribute(name)}`);
    }
  }
  type Mark = { kind: string; key: string | null; attrs: Record<string, string>; text: string };
  // A mark with no opacity attribute is fully opaque: an entering mark ends its fade at opacity="1".
  const attrs = (el: Element) => {
    const out: Record<string, string> = {};
    for (const name of el.getAttributeNames()) if (name !== 'data-key') out[name] = el.getAttribute(name)!;
    if (out.opacity !== undefined && Number(out.opacity) === 1) delete out.opacity;
    return out;
  };
  // A unit grid's path (key "unit:0:73+", see compactFrame) stands for its squares ("unit:0:73", "unit:0:74", …), which
  // the live graphic may draw one by one: both graphics are compared square by square, each square by its key.
  const marksOf = (svg: SVGSVGElement): Mark[] =>
    [...svg.querySelectorAll<SVGElement>('[data-marks] > [data-key]')].flatMap((el) => {
      const mark: Mark = { kind: el.localName, key: el.getAttribute('data-key'), attrs: attrs(el), text: el.textContent ?? '' };
      const run = mark.kind === 'path' ? /^(.*?)(0|[1-9]\d*)\+$/.exec(mark.key ?? '') : null;
      if (!run) return [mark];
      const { d = '', ...rest } = mark.attrs;
      let [x, y] = [0, 0];
      return [...d.matchAll(/[Mm]([^ ]+) ([^h]+)h([^v]+)v([^h]+)h[^z]+z/g)].map(([, dx, dy, width, height], i) => {
        [x, y] = [x + Number(dx), y + Number(dy)];
        const key = `${run[1]}${Number(run[2]) + i}`;
        return {
          kind: 'rect',
          key,
          attrs: { ...rest, x: String(x), y: String(y), width: width!, height: height! },
          text: '',
        };
      });
    });
  const want = marksOf(snapshot);
  const have = marksOf(live);
  const sameValue = (a: string | undefined, b: string | undefined) => {
    const numeric = a !== undefined && b !== undefined && a.trim() !== '' && !Number.isNaN(Number(a)) && !Number.isNaN(Number(b));
    return numeric ? Math.abs(Number(a) - Number(b)) <= 0.5 : a === b;
  };
  const byKey = new Map(have.map((mark) => [`${mark.kind}:${mark.key}`, mark]));
  for (const mark of want) {
    const twin = byKey.get(`${mark.kind}:${mark.key}`);
    if (!twin) {
      problems.push(`missing ${mark.kind} ${mark.key}`);
      continue;
    }
    for (const name of new Set([...Object.keys(mark.attrs), ...Object.keys(twin.attrs)])) {
      if (!sameValue(twin.attrs[name], mark.attrs[name]))
        problems.push(`${mark.key} ${name}=${twin.attrs[name] ?? '(none)'}, snapshot ${mark.attrs[name] ?? '(none)'}`);
    }
    if (twin.text !== mark.text) problems.push(`${mark.key} text "${twin.text}", snapshot "${mark.text}"`);
  }
  const wanted = new Set(want.map((mark) => `${mark.kind}:${mark.key}`));
  for (const el of have) if (!wanted.has(`${el.kind}:${el.key}`)) problems.push(`extra ${el.kind} ${el.key}`);
  const order = (marks: Mark[]) => marks.map((m) => `${m.kind}:${m.key}`).join();
  if (problems.length === 0 && order(have) !== order(want)) problems.push('marks out of order');
  return problems.slice(0, 20);
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

/**
 * For each step, what a reader sees in place of its graphic where the browser draws no SVG: its PNG, fetched, and how
 * wide it shows (0 when hidden); and how tall the frames' loose words stand, against one line of the step's caption.
 */
export function fallbacksShown(): Record<string, { loaded: boolean; width: number; wordsHeight: number; captionLine: number }> {
  const shown: Record<string, { loaded: boolean; width: number; wordsHeight: number; captionLine: number }> = {};
  for (const step of document.querySelectorAll<HTMLElement>('[data-step]')) {
    const image = step.querySelector<HTMLElement>('.svg-fallback__png');
    const frames = [...step.querySelectorAll('figure[data-snapshot] svg.frame')].map((svg) => svg.getBoundingClientRect().height);
    const caption = getComputedStyle(step.querySelector('figcaption')!);
    // The PNG is the element's background: fetched, it is among the page's resources.
    const png = /url\("?([^")]+)"?\)/.exec(image ? getComputedStyle(image).backgroundImage : '')?.[1] ?? '';
    shown[step.id] = {
      loaded: png !== '' && performance.getEntriesByType('resource').some((entry) => entry.name === new URL(png, location.href).href),
      width: Math.round(image?.getBoundingClientRect().width ?? 0),
      wordsHeight: Math.round(Math.max(0, ...frames)),
      captionLine: Number.parseFloat(caption.lineHeight) || Number.parseFloat(caption.fontSize) * 1.2,
    };
  }
  return shown;
}

/**
 * Empty once step `id` is its story's current step and the story's figure says it shows it: what a reader sees after
 * following the step's link, where no recorder watches the frames (a page opened from disk).
 */
export function storyShows(id: string): string[] {
  const step = document.getElementById(id);
  if (!step) return [`no step ${id}`];
  const current = step.getAttribute('aria-current') === 'step' ? [] : [`${id} is not current`];
  const shows = step.closest('scrolly-story')?.querySelector('figure[data-chart]')?.getAttribute('data-step-id');
  return shows === id ? current : [...current, `the figure shows ${shows ?? 'nothing'}`];
}

/** Empty once the last frame the page applied is step `id`'s. */
export function lastFrameIs(id: string): string[] {
  const frames = (window as unknown as { __engineRecorder?: { frames: { stepId: string }[] } }).__engineRecorder?.frames ?? [];
  return frames.at(-1)?.stepId === id ? [] : [`last frame applied was ${frames.at(-1)?.stepId ?? 'none'}, not ${id}`];
}

/**
 * Empty once the page at `pathname` is ready for a reader: loaded and, where it has scripts, every custom element on it
 * defined and every story live (the scripts fetch their code after the first paint, which may come after `load`, and a
 * story starts in a few short tasks), unless its loader gave them up (`data-scripts="missing"`: a page opened from disk
 * in Chromium).
 */
export function loaded(pathname: string): string[] {
  if (location.pathname !== pathname) return [`at ${location.pathname}, not ${pathname}`];
  if (document.readyState !== 'complete') return [`${location.pathname} is ${document.readyState}`];
  const scripted =
    matchMedia('(scripting: enabled)').matches &&
    document.documentElement.dataset.scripts !== 'missing' &&
    document.querySelector('script[type="module"]');
  const waiting = scripted ? [...document.querySelectorAll(':not(:defined), scrolly-story:not([data-live])')] : [];
  // The print stylesheet comes with the scripts (a <noscript data-print> until then), and a test may print next.
  const asleep = matchMedia('(scripting: enabled)').matches && document.querySelector('noscript[data-print]');
  const unloaded = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((link) => !link.sheet);
  return [
    ...waiting.map((el) => `<${el.localName}> is not ${el.matches(':defined') ? 'live' : 'defined'} yet`),
    ...(asleep ? ['the print stylesheet is not in the page yet'] : []),
    ...unloaded.map((link) => `${link.href} is not loaded yet`),
  ].slice(0, 1);
}

/**
 * The page's scripts and print stylesheet that were requested before the page first painted: the loader waits for that
 * paint's report, or, where the engine reports none (Firefox at a #fragment), for its timer after `load`. Empty on a
 * page that works.
 */
export function fetchedBeforeFirstPaint(): string[] {
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const after = paint
    ? { time: paint.startTime, what: 'the first contentful paint' }
    : { time: navigation?.loadEventStart ?? Infinity, what: 'load' };
  const fetched = (pattern: RegExp) =>
    performance.getEntriesByType('resource').filter((entry) => pattern.test(new URL(entry.name).pathname));
  const scripts = fetched(/\/_astro\/[^/]+\.js$/);
  const sheets = fetched(/\/_astro\/print\.[^/]+\.css$/);
  if (scripts.length === 0) return ['the page fetched none of its scripts'];
  if (sheets.length === 0) return ['the page fetched no print stylesheet'];
  return [...scripts, ...sheets]
    .filter((entry) => entry.startTime < after.time)
    .map((entry) => `${entry.name} was requested before ${after.what}`);
}

/**
 * Problems with the text of the graphic the reader sees with `stepId` (the sticky one, or in flow layout the step's
 * own snapshot) as rendered: text smaller than 12 CSS px, text outside the drawing, and
 * text boxes that overlap each other. Empty when every piece of chart text is legible and clear.
 */
export function chartText(id: string): string[] {
  {
    const step = document.getElementById(id)!;
    const story = step.closest('scrolly-story')!;
    const visible = (s: SVGSVGElement) => getComputedStyle(s).display !== 'none' && s.getBoundingClientRect().width > 1;
    const svg =
      [...story.querySelectorAll<SVGSVGElement>('figure[data-chart] svg[data-size]')].find(visible) ??
      [...step.querySelectorAll<SVGSVGElement>('figure[data-snapshot] svg[data-size]')].find(visible);
    if (!svg) return ['no graphic is visible'];
    const frame = svg.getBoundingClientRect();
    // The drawing's scale on screen (an SVG scaled to fit a box keeps its aspect, centred in it).
    const scale = svg.getScreenCTM()!.a;
    const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => t.textContent!.trim() !== '');
    const boxes = texts.map((t) => ({ key: t.dataset.key!, box: t.getBoundingClientRect() }));
    const problems: string[] = [];
    for (const t of texts) {
      const px = Number.parseFloat(getComputedStyle(t).fontSize) * scale;
      if (px < 12 - 0.01) problems.push(`${t.dataset.key} is ${px.toFixed(2)} px`);
    }
    for (const { key, box } of boxes) {
      if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5) {
        problems.push(`${key} leaves the drawing`);
      }
    }
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const overlap =
          Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left) > 0.5 &&
          Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top) > 0.5;
        if (overlap) problems.push(`${a.key} overlaps ${b.key}`);
      }),
    );
    return problems;
  }
}

/** How many of the steps' PNGs (src/components/scrolly/Step.astro) the page has fetched. */
export function fallbacksFetched(): number {
  return performance.getEntriesByType('resource').filter((entry) => /\/downloads\/[^/]+\.png$/.test(entry.name)).length;
}

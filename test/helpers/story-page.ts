import type { Page } from 'playwright-core';
import { waitInPage, type PageFunction } from '../engines/driver.ts';
import { loaded } from '../engines/in-page.ts';

/** Records, from before any page script runs, every frame the page applies (see ScrollyStory's `frame-applied`). */
export async function recordFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: { stepId: string; duration: number }[] = [];
    (window as unknown as { __frames: typeof log }).__frames = log;
    document.addEventListener('frame-applied', (event) => log.push((event as CustomEvent).detail));
  });
}

/** The frames applied so far, in order. */
export function appliedFrames(page: Page): Promise<{ stepId: string; duration: number }[]> {
  return page.evaluate(() => (window as unknown as { __frames: { stepId: string; duration: number }[] }).__frames);
}

/** The ids of the steps in the page's first story, in order. */
export function stepIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-step]', (els) => els.map((el) => el.id));
}

/**
 * Differences between the live sticky SVG of the story holding `stepId` (the one CSS shows, or the narrow one when
 * the layout shows none) and that step's snapshot SVG of the same size, attribute for attribute (a unit grid's path
 * square for square): marks missing or extra, attributes missing, extra or different, text, and mark order. Empty when
 * the graphic shows exactly that step.
 */
export function frameDifferences(page: Page, stepId: string): Promise<string[]> {
  return page.evaluate((id) => {
    const step = document.getElementById(id)!;
    const story = step.closest('scrolly-story')!;
    const svgs = [...story.querySelectorAll<SVGSVGElement>('figure[data-chart] svg[data-size]')];
    const svg = svgs.find((s) => getComputedStyle(s).display !== 'none') ?? svgs[0];
    if (!svg) return ['the story has no live SVG'];
    const snapshot = step.querySelector<SVGSVGElement>(`figure[data-snapshot] svg[data-size="${svg.dataset.size}"]`)!;
    const problems: string[] = [];
    for (const name of ['viewBox', 'width', 'height']) {
      if (svg.getAttribute(name) !== snapshot.getAttribute(name)) problems.push(`svg ${name}=${svg.getAttribute(name)}`);
    }
    // A unit grid's path (key "unit:0:73+", see compactFrame) stands for its squares ("unit:0:73", "unit:0:74", …),
    // which the live graphic moves one by one: both graphics are compared square by square.
    const marksOf = (root: SVGSVGElement) =>
      [...root.querySelectorAll<SVGElement>(':scope > g[data-marks] > *')].flatMap((el) => {
        const attrs = Object.fromEntries(el.getAttributeNames().map((name) => [name, el.getAttribute(name)!]));
        const mark = { id: `${el.localName}:${el.dataset.key}`, attrs, text: el.textContent };
        const run = el.localName === 'path' ? /^(.*?)(0|[1-9]\d*)\+$/.exec(el.dataset.key ?? '') : null;
        if (!run) return [mark];
        const { d = '', ...rest } = attrs;
        let [x, y] = [0, 0];
        return [...d.matchAll(/[Mm]([^ ]+) ([^h]+)h([^v]+)v([^h]+)h[^z]+z/g)].map(([, dx, dy, width, height], i) => {
          [x, y] = [Math.round((x + Number(dx)) * 100) / 100, Math.round((y + Number(dy)) * 100) / 100];
          const key = `${run[1]}${Number(run[2]) + i}`;
          const square = { ...rest, 'data-key': key, x: String(x), y: String(y), width: width!, height: height! };
          return { id: `rect:${key}`, attrs: square, text: '' };
        });
      });
    const live = marksOf(svg);
    const want = marksOf(snapshot);
    const byId = new Map(live.map((mark) => [mark.id, mark]));
    for (const mark of want) {
      const el = byId.get(mark.id);
      if (!el) {
        problems.push(`missing ${mark.id}`);
        continue;
      }
      const names = new Set([...Object.keys(mark.attrs), ...Object.keys(el.attrs)]);
      for (const name of names) {
        const actual = el.attrs[name];
        const expected = mark.attrs[name];
        const same = actual === expected || (actual !== undefined && expected !== undefined && Number(actual) === Number(expected));
        if (!same) problems.push(`${mark.id} ${name}=${actual ?? null}, snapshot says ${expected ?? null}`);
      }
      if (el.text !== mark.text) problems.push(`${mark.id} text "${el.text}"`);
    }
    const wanted = new Set(want.map((mark) => mark.id));
    for (const el of live) if (!wanted.has(el.id)) problems.push(`extra ${el.id}`);
    if (problems.length === 0 && live.map((m) => m.id).join() !== want.map((m) => m.id).join()) problems.push('marks out of order');
    return problems;
  }, stepId);
}

/** Waits until the sticky graphic shows exactly `stepId`'s frame; fails with the differences if it never does. */
export async function expectShowsStep(page: Page, stepId: string, timeout = 5000): Promise<void> {
  try {
    await page.waitForFunction(
      (id) =>
        document.getElementById(id)?.closest('scrolly-story')?.querySelector('figure[data-chart]')?.getAttribute('data-step-id') === id,
      stepId,
      { timeout },
    );
    const deadline = Date.now() + timeout;
    for (;;) {
      const problems = await frameDifferences(page, stepId);
      if (problems.length === 0) return;
      if (Date.now() > deadline) throw new Error(problems.slice(0, 5).join('; '));
      await page.waitForTimeout(50);
    }
  } catch (error) {
    const shown = await page.$eval(`[data-step]#${stepId}`, (el) =>
      el.closest('scrolly-story')!.querySelector('figure[data-chart]')!.getAttribute('data-step-id'),
    );
    throw new Error(`sticky graphic should show step "${stepId}" (it shows "${shown}"): ${(error as Error).message}`);
  }
}

/** Scrolls a step onto the reading line, as a reader scrolling to it would leave it. */
export function scrollToStep(page: Page, stepId: string): Promise<void> {
  return page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), stepId);
}

/**
 * Problems with the text of the graphic the reader sees with `stepId` (the sticky one, or in flow layout the step's
 * own snapshot) as rendered: text smaller than 12 CSS px, text outside the drawing, and
 * text boxes that overlap each other. Empty when every piece of chart text is legible and clear.
 */
export function textProblems(page: Page, stepId: string): Promise<string[]> {
  return page.evaluate((id) => {
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
  }, stepId);
}

/**
 * Waits until the page is ready and has stopped scrolling: the scroll position holds still over three animation frames
 * (a smooth scroll moves it on every frame), then one more frame so that scroll handlers have run.
 */
export async function settled(page: Page): Promise<void> {
  await pageReady(page);
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const tick = () => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if (still >= 3) requestAnimationFrame(() => resolve());
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/**
 * Waits until the page is ready for a reader: loaded and, where it has scripts, every custom element defined (the same
 * check as the engine suite's `loaded`; the scripts fetch their code after the first paint, which may follow `load`).
 */
export async function pageReady(page: Page): Promise<void> {
  const run = <A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A) =>
    page.evaluate(`(${fn.toString()})(...${JSON.stringify(args)})`) as Promise<R>;
  await waitInPage(run, loaded, [new URL(page.url()).pathname], 30_000);
}

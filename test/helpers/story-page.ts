import type { Page } from 'playwright-core';
import type { Frame } from '../../src/frame/frame.ts';

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
 * Differences between the visible sticky SVG and the step's prebuilt frame: marks missing or extra, and attributes
 * that differ by more than 0.5 user units. Empty when the graphic shows exactly that step.
 */
export function frameDifferences(page: Page, stepId: string): Promise<string[]> {
  return page.evaluate((id) => {
    const step = document.getElementById(id)!;
    const story = step.closest('scrolly-story')!;
    const { steps } = JSON.parse(story.querySelector('script[data-frames]')!.textContent!) as {
      steps: { id: string; frames: Record<string, Frame> }[];
    };
    const svg = [...story.querySelectorAll<SVGSVGElement>('figure[data-chart] svg[data-size]')].find(
      (s) => getComputedStyle(s).display !== 'none',
    );
    if (!svg) return ['no sticky SVG is visible'];
    const frame = steps.find((s) => s.id === id)!.frames[svg.dataset.size!]!;
    const problems: string[] = [];
    const elements = [...svg.querySelectorAll<SVGElement>('[data-marks] > [data-key]')];
    for (const mark of frame.marks) {
      const el = elements.find((e) => e.dataset.key === mark.key && e.localName === mark.kind);
      if (!el) {
        problems.push(`missing ${mark.key}`);
        continue;
      }
      for (const [name, value] of Object.entries(mark.attrs)) {
        const actual = el.getAttribute(name);
        const same = typeof value === 'number' ? Math.abs(Number(actual) - value) <= 0.5 : actual === value;
        if (!same) problems.push(`${mark.key} ${name}=${actual}, frame says ${value}`);
      }
      if (mark.text !== undefined && el.textContent !== mark.text) problems.push(`${mark.key} text "${el.textContent}"`);
      const opacity = el.getAttribute('opacity');
      if (opacity !== null && Number(opacity) < 1 && !('opacity' in mark.attrs)) problems.push(`${mark.key} opacity=${opacity}`);
    }
    const keys = new Set(frame.marks.map((m) => m.key));
    for (const el of elements) if (!keys.has(el.dataset.key!)) problems.push(`extra ${el.dataset.key}`);
    return problems;
  }, stepId);
}

/** Waits until the sticky graphic shows exactly `stepId`'s frame; fails with the differences if it never does. */
export async function expectShowsStep(page: Page, stepId: string, timeout = 5000): Promise<void> {
  try {
    await page.waitForFunction(
      (id) => document.querySelector(`figure[data-chart][data-step-id="${id}"]`) !== null,
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
    const shown = await page.$eval('figure[data-chart]', (f) => f.getAttribute('data-step-id'));
    throw new Error(`sticky graphic should show step "${stepId}" (it shows "${shown}"): ${(error as Error).message}`);
  }
}

/** Scrolls a step onto the reading line, as a reader scrolling to it would leave it. */
export function scrollToStep(page: Page, stepId: string): Promise<void> {
  return page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), stepId);
}

/**
 * Problems with the visible sticky SVG's text as rendered: text smaller than 12 CSS px, text outside the drawing, and
 * text boxes that overlap each other. Empty when every piece of chart text is legible and clear.
 */
export function textProblems(page: Page, stepId: string): Promise<string[]> {
  return page.evaluate((id) => {
    const story = document.getElementById(id)!.closest('scrolly-story')!;
    const svg = [...story.querySelectorAll<SVGSVGElement>('figure[data-chart] svg[data-size]')].find(
      (s) => getComputedStyle(s).display !== 'none',
    )!;
    const frame = svg.getBoundingClientRect();
    const scale = frame.width / svg.viewBox.baseVal.width;
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

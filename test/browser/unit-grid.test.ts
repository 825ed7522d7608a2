import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser-session.ts';
import { builtChapters } from '../helpers/chapters-in-dist.ts';
import { browserSkipReason } from '../helpers/chromium.ts';
import { chapterPages } from '../helpers/dist.ts';
import { expectShowsStep, scrollToStep } from '../helpers/story-page.ts';

const desktop = { width: 1440, height: 900 };
/** The chapter whose story draws the population grid, and the ids of its steps. */
const populationPath = chapterPages().find((page) => page.$('figure[data-chart="population-coverage"]').length > 0)?.path;
const { steps = [] } = builtChapters.find((chapter) => chapter.path === populationPath) ?? {};

/** What the page saw while the graphic moved to a step (recorded in the page at each `frame-applied`). */
interface Seen {
  stepId: string;
  duration: number;
  /** For each live SVG (by size), the squares and the compacted paths it held once the frame was applied. */
  svgs: Record<string, { squares: number; paths: number; shown: boolean }>;
  /** Whether each watched square is the very element it was at the previous step, and its class now. */
  watched: Record<string, { same: boolean; class: string | null }>;
  /** A moving square's x, and an entering square's opacity, on each animation frame of the transition. */
  xs: number[];
  opacities: number[];
}

/**
 * How two screenshots of one size differ: `flat`, the pixels that differ at all where the first is one flat colour
 * (the pixel and its eight neighbours alike, so not on an anti-aliased edge), and `edge`, the largest difference of
 * any pixel in red, green or blue (0 to 255).
 */
async function paintDifference(a: Buffer, b: Buffer): Promise<{ flat: number; edge: number }> {
  const [one, two] = await Promise.all([a, b].map((png) => sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true })));
  const { width, height } = one!.info;
  expect([two!.info.width, two!.info.height], 'two screenshots of one size').toEqual([width, height]);
  const rgb = (data: Buffer, x: number, y: number) => data.readUIntBE(3 * (y * width + x), 3);
  let flat = 0;
  let edge = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = 3 * (y * width + x);
      for (let c = 0; c < 3; c++) edge = Math.max(edge, Math.abs(one!.data[i + c]! - two!.data[i + c]!));
      if (rgb(one!.data, x, y) === rgb(two!.data, x, y) || x === 0 || y === 0 || x === width - 1 || y === height - 1) continue;
      const colour = rgb(one!.data, x, y);
      let alike = true;
      for (let dy = -1; dy <= 1 && alike; dy++) for (let dx = -1; dx <= 1 && alike; dx++) alike = rgb(one!.data, x + dx, y + dy) === colour;
      if (alike) flat++;
    }
  }
  return { flat, edge };
}

describe.skipIf(browserSkipReason() || !populationPath)('the population grid, in Chromium', () => {
  const session = useBrowser();

  it('moves square by square between steps (each square keeps its element while it moves, recolours or fades in), settles equal to the snapshot, and paints what the printed paths paint', async () => {
    // Steps: the population alone, then Telegram's July 2025 reach in one grid, then WhatsApp's and Telegram's in two.
    const [population, telegram, overlap] = [steps[0]!, steps.find((id) => /telegram/.test(id))!, steps.find((id) => /overlap/.test(id))!];
    const page = await session.open(populationPath!, { viewport: desktop, reducedMotion: 'no-preference' });
    await scrollToStep(page, population);
    await expectShowsStep(page, population);
    const graphic = page.locator('figure[data-chart] svg[data-size="wide"]');
    // The first frame is the snapshot's copy: its grid is one printed path.
    expect(await graphic.evaluate((svg) => svg.querySelectorAll('[data-marks] > path[data-key$="+"]').length)).toBe(1);
    await page.evaluate(() => {
      const log: Seen[] = [];
      const watched = new Map<string, Element>();
      (window as unknown as { __grid: Seen[] }).__grid = log;
      document.addEventListener('frame-applied', (event) => {
        const { stepId, duration } = (event as CustomEvent<{ stepId: string; duration: number }>).detail;
        const seen: Seen = { stepId, duration, svgs: {}, watched: {}, xs: [], opacities: [] };
        log.push(seen);
        let visible: SVGSVGElement | undefined;
        for (const svg of document.querySelectorAll<SVGSVGElement>('figure[data-chart] svg[data-size]')) {
          const shown = svg.getBoundingClientRect().width > 0;
          if (shown) visible = svg;
          seen.svgs[svg.dataset.size!] = {
            squares: svg.querySelectorAll('[data-marks] > rect[data-key^="unit:"]').length,
            paths: svg.querySelectorAll('[data-marks] > path[data-key$="+"]').length,
            shown,
          };
        }
        for (const key of ['unit:0:50', 'unit:0:94']) {
          const el = visible?.querySelector(`[data-marks] > [data-key="${key}"]`) ?? null;
          seen.watched[key] = { same: el !== null && watched.get(key) === el, class: el?.getAttribute('class') ?? null };
          if (el) watched.set(key, el);
        }
        const moving = visible?.querySelector('[data-marks] > [data-key="unit:0:94"]');
        const entering = visible?.querySelector('[data-marks] > [data-key="unit:1:0"]');
        const sample = (frames: number) =>
          requestAnimationFrame(() => {
            if (moving) seen.xs.push(Number(moving.getAttribute('x')));
            if (entering) seen.opacities.push(Number(entering.getAttribute('opacity') ?? 1));
            if (frames > 0) sample(frames - 1);
          });
        sample(duration > 0 ? 60 : 0);
      });
    });
    for (const id of [telegram, overlap]) {
      await scrollToStep(page, id);
      await expectShowsStep(page, id);
    }
    // The colours ease in CSS (src/styles/charts.css): wait for them too.
    await graphic.evaluate((svg) => Promise.all(svg.getAnimations({ subtree: true }).map((a) => a.finished)));
    const seen = await page.evaluate(() => (window as unknown as { __grid: Seen[] }).__grid);
    expect(seen.map((s) => [s.stepId, s.duration])).toEqual([
      [telegram, 650],
      [overlap, 650],
    ]);
    const [toTelegram, toOverlap] = seen as [Seen, Seen];
    // The graphic on screen holds one element per square, keyed; the hidden size keeps the printed paths.
    expect(toTelegram.svgs).toEqual({
      narrow: { squares: 0, paths: 2, shown: false },
      wide: { squares: 146, paths: 0, shown: true },
    });
    expect(toOverlap.svgs).toEqual({
      narrow: { squares: 0, paths: 4, shown: false },
      wide: { squares: 292, paths: 0, shown: true },
    });
    // A square keeps its element from step to step and changes colour: Telegram's to WhatsApp's, empty to WhatsApp's.
    expect(toTelegram.watched).toEqual({
      'unit:0:50': { same: false, class: 'unit tone-telegram' },
      'unit:0:94': { same: false, class: 'unit is-empty' },
    });
    expect(toOverlap.watched).toEqual({
      'unit:0:50': { same: true, class: 'unit tone-whatsapp' },
      'unit:0:94': { same: true, class: 'unit tone-whatsapp' },
    });
    // It moves through the positions in between (the grid narrows to make room), and the second grid fades in.
    const [from, to] = [toOverlap.xs[0]!, toOverlap.xs.at(-1)!];
    expect(from).not.toBe(to);
    // At least one frame between the ends (how many depends on the machine's speed, so no more is asked).
    expect(toOverlap.xs.filter((x) => x !== from && x !== to).length, toOverlap.xs.join()).toBeGreaterThan(0);
    expect(
      toOverlap.opacities.some((o) => o > 0 && o < 1),
      toOverlap.opacities.join(),
    ).toBe(true);
    // Settled, the squares paint what the step's printed paths paint: a reader who then asks for no motion gets the
    // snapshot's paths back, at once, and nothing visibly changes. Every pixel of flat colour is the same; edges may
    // differ a little, as Chromium smooths the edges of a path of many squares a little differently from one square's.
    const squares = await graphic.screenshot();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const id of [telegram, overlap]) {
      await scrollToStep(page, id);
      await expectShowsStep(page, id);
    }
    expect(await graphic.evaluate((svg) => svg.querySelectorAll('[data-marks] > rect[data-key^="unit:"]').length)).toBe(0);
    const { flat, edge } = await paintDifference(await graphic.screenshot(), squares);
    expect(flat, 'pixels of flat colour that differ').toBe(0);
    expect(edge, 'the largest difference at an edge').toBeLessThanOrEqual(32);
    expect(session.problems).toEqual([]);
    await page.context().close();
  });
});

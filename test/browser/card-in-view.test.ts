import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser-session.ts';
import { busiestChapterPerChart } from '../helpers/chapters-in-dist.ts';
import { browserSkipReason } from '../helpers/chromium.ts';

/** The sizes the issue names: a laptop, where cards scroll beside the graphic, and a phone, where they pass beneath it. */
const sizes = [
  { name: 'laptop 1280×800', viewport: { width: 1280, height: 800 } },
  { name: 'phone 390×844', viewport: { width: 390, height: 844 } },
];

/**
 * Scrolls through every story of the page in `increment` px moves, all in the page (no round trip per position), and,
 * wherever exactly one step's text can be seen
 * (hit-tested, so text under the sticky graphic or the progress bar does not count), returns the positions where the graphic shows
 * another step, each as "scrollY: text of X, graphic of Y".
 */
function walk(increment: number): Promise<{ checked: number; wrong: string[] }> {
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  return (async () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const story of document.querySelectorAll<HTMLElement>('scrolly-story')) {
      const figure = story.querySelector<HTMLElement>('figure[data-chart]')!;
      const steps = [...story.querySelectorAll<HTMLElement>('[data-step]')];
      const start = story.getBoundingClientRect().top + scrollY - innerHeight;
      const end = story.getBoundingClientRect().bottom + scrollY;
      for (let y = Math.max(0, start); y <= end; y += increment) {
        scrollTo({ top: y, behavior: 'instant' });
        await nextFrame();
        // In view: at least 8 px of the text's height can be seen (a sliver thinner than that holds nothing legible).
        const seen = steps.filter((step) => {
          const text = step.querySelector('.step__text')!;
          const box = text.getBoundingClientRect();
          let visible = 0;
          for (let at = Math.max(0, box.top) + 1; at < Math.min(innerHeight, box.bottom); at += 2) {
            if (text.contains(document.elementFromPoint(box.left + box.width / 2, at))) visible += 2;
            if (visible >= 8) return true;
          }
          return false;
        });
        if (seen.length !== 1) continue;
        checked += 1;
        // The engine hears of a scroll within a frame or two: a position is wrong only if it still is two frames on.
        for (let frames = 0; frames < 2 && figure.dataset.stepId !== seen[0]!.id; frames++) await nextFrame();
        if (figure.dataset.stepId !== seen[0]!.id)
          wrong.push(`${Math.round(scrollY)}: text of ${seen[0]!.id}, graphic of ${figure.dataset.stepId}`);
      }
    }
    return { checked, wrong };
  })();
}

describe.skipIf(browserSkipReason())('the card a reader sees is the step the graphic shows, in Chromium', () => {
  const session = useBrowser();

  // Steps tile their column with no gap (src/styles/scrolly.css), in every chapter alike, so the card alone in view is
  // the one at the trigger line whatever its text; the graphic's height is the chart's. The chapter with the most steps
  // of each chart stands for the others.
  describe.each(sizes)('$name', ({ viewport }) => {
    it.each(busiestChapterPerChart.map((c) => c.path))(
      '%s: wherever exactly one step’s text is in view, the graphic shows that step',
      async (path) => {
        const page = await session.open(path, { viewport, reducedMotion: 'reduce' });
        const { checked, wrong } = (await page.evaluate(`(${walk.toString()})(40)`)) as Awaited<ReturnType<typeof walk>>;
        expect(checked, 'positions with one step’s text alone in view').toBeGreaterThan(10);
        expect(wrong).toEqual([]);
        await page.context().close();
      },
    );
  });

  it('logged no console errors or warnings, made no request to another origin and broke no CSP rule', () => {
    expect(session.problems).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { frameProblems, markBox } from '../../src/charts/check-frame.ts';
import { charts } from '../../src/charts/registry.ts';
import { chartText } from '../../src/charts/chart-words.ts';
import { sharedStyles } from '../../src/charts/mark-style.ts';
import { finalizeFrame, type Frame, type SizeName } from '../../src/frame/frame.ts';
import { checkStep } from '../../src/build/mdx/check-step.ts';
import { datasets } from '../helpers/datasets.ts';

/**
 * Property tests: every state a maintainer can write either draws correctly at both sizes, in English and in Russian
 * (every mark and every text inside the drawing: checkStep lays out and checks each language), or is refused with a
 * message naming the field; nothing draws an empty or clipped chart.
 * States are generated from the data, so a month or an event added to content/data is covered without a change here.
 */
const sizes: readonly SizeName[] = ['narrow', 'wide'];
const months = [...new Set(datasets.audience.map((r) => r.period))].sort();
const platforms = datasets.platforms.map((p) => p.id);
const hasFigure = (period: string, platform: string) => datasets.audience.some((r) => r.period === period && r.platform === platform);

/** A small seeded PRNG (mulberry32), so a failure names a state that can be reproduced. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A state's English frame, with room for English words alone (the site's, with every language's, is checkStep's). */
const draw = (chartName: string, state: unknown, size: SizeName): Frame => {
  const chart = charts[chartName]!;
  return finalizeFrame(
    chart.layout(chart.select(datasets), chart.stateSchema.parse(state), chart.sizes[size], chartText(chart.words, 'en')),
  );
};

/**
 * Runs `check` on every state and returns what went wrong, each prefixed with the state, so that one test per chart
 * covers its whole state space and a failure still names every state that broke.
 */
function failures<S>(states: readonly S[], check: (state: S) => void): string[] {
  return states.flatMap((state) => {
    try {
      check(state);
      return [];
    } catch (error) {
      return [`${JSON.stringify(state)}: ${(error as Error).message.split('\n')[0]}`];
    }
  });
}

/** The states drawn or refused, with what happened: the frames must be clean, the refusals must name a field. */
const outcome = (chartName: string, state: unknown) => {
  try {
    checkStep(chartName, { id: 'generated', alt: 'A generated state.', state }, datasets);
    return { drawn: true as const };
  } catch (error) {
    return { drawn: false as const, message: (error as Error).message };
  }
};

describe('user-shares: every month × every platform as highlight and as show, at both sizes, in English and in Russian', () => {
  const states = months.flatMap((period) => [
    { period },
    ...platforms.flatMap((id) => [
      { period, highlight: id },
      { period, show: [id] },
      { period, show: [id], highlight: id },
    ]),
  ]);

  it(`each of the ${states.length} states draws cleanly, or is refused only for a platform with no figure`, () => {
    const wrong = failures(states, (state) => {
      const asked = 'highlight' in state ? state.highlight : 'show' in state ? state.show![0] : undefined;
      const result = outcome('user-shares', state);
      if (asked && !hasFigure(state.period, asked)) {
        expect(result.drawn).toBe(false);
        expect(result.message).toMatch(new RegExp(`state\\.(highlight|show\\.0): no .+ figure for .+ in audience\\.json`));
        return;
      }
      expect(result, result.drawn ? '' : result.message).toEqual({ drawn: true });
      for (const size of sizes)
        expect(draw('user-shares', state, size).marks.filter((m) => m.key.startsWith('bar:')).length).toBeGreaterThan(0);
    });
    expect(wrong).toEqual([]);
  });

  it.each(months)('%s: every pair of platforms with figures can be shown together at both sizes', (period) => {
    const withFigures = platforms.filter((id) => hasFigure(period, id));
    for (const a of withFigures)
      for (const b of withFigures)
        if (a < b) expect(outcome('user-shares', { period, show: [a, b], highlight: b })).toEqual({ drawn: true });
  });
});

describe('population-coverage: every month × every platform, alone and in pairs, at both sizes, in English and in Russian', () => {
  const states = [
    { platforms: [] },
    ...months.flatMap((period) => [
      ...platforms.map((id) => ({ platforms: [id], period })),
      ...platforms.flatMap((a) => platforms.filter((b) => a < b).map((b) => ({ platforms: [a, b], period }))),
    ]),
  ];

  it(`each of the ${states.length} states draws cleanly, or is refused naming the missing figure`, () => {
    const wrong = failures(states, (state) => {
      const missing = state.platforms.filter((id) => !hasFigure((state as { period: string }).period, id));
      const result = outcome('population-coverage', state);
      if (missing.length) {
        expect(result.drawn).toBe(false);
        expect(result.message).toMatch(/state\.platforms\.\d: no .+ figure for \d{4}-\d{2} in audience\.json/);
        return;
      }
      expect(result, result.drawn ? '' : result.message).toEqual({ drawn: true });
    });
    expect(wrong).toEqual([]);
  });
});

describe('ban-sequence: random windows of the timeline, with random emphasis and labels, at both sizes, in English and in Russian', () => {
  const next = random(20250813);
  const days = datasets.events.map((e) => e.date).sort();
  const first = Date.parse(`${days[0]!.slice(0, 4)}-01-01`);
  const last = Date.parse(`${days.at(-1)!.slice(0, 4)}-12-31`);
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  const bound = (t: number) => {
    const iso = day(t);
    const precision = Math.floor(next() * 3);
    return precision === 0 ? iso.slice(0, 4) : precision === 1 ? iso.slice(0, 7) : iso;
  };
  const windows = Array.from({ length: 120 }, (_, i) => {
    const a = first + next() * (last - first);
    const b = a + (30 + next() * (last - a)) * (next() < 0.3 ? 0.05 : 1);
    const state: { from: string; to: string; emphasis?: { categories: string[] }; labels?: string[] } = {
      from: bound(a),
      to: bound(Math.min(b, last)),
    };
    if (i % 3 === 1)
      state.emphasis = {
        categories: [['law', 'block', 'throttle', 'restriction', 'fine', 'launch', 'statement'][Math.floor(next() * 7)]!],
      };
    return state;
  });

  it(`each of the ${windows.length} windows draws cleanly, or is refused naming the window`, () => {
    const wrong = failures(windows, (state) => {
      const result = outcome('ban-sequence', state);
      if (!result.drawn) {
        expect(result.message).toMatch(/state\.(from|to): /);
        return;
      }
      for (const size of sizes)
        expect(draw('ban-sequence', state, size).marks.filter((m) => m.key.startsWith('event:')).length).toBeGreaterThan(0);
    });
    expect(wrong).toEqual([]);
  });

  const drawable = windows.filter((w) => outcome('ban-sequence', w).drawn).slice(0, 40);
  it('refuses some generated windows (no event in them) and draws most', () => {
    expect(windows.filter((w) => !outcome('ban-sequence', w).drawn).length).toBeGreaterThan(0);
    expect(drawable.length).toBe(40);
  });

  it(`each of ${drawable.length} windows with its first events labelled: each label inside the drawing or refused`, () => {
    const wrong = failures(drawable, (window) => {
      const inWindow = draw('ban-sequence', window, 'wide')
        .marks.filter((m) => m.key.startsWith('event:'))
        .map((m) => m.key.slice(6));
      const state = { ...window, labels: inWindow.slice(0, 1 + Math.floor(next() * Math.min(3, inWindow.length))) };
      const result = outcome('ban-sequence', state);
      if (!result.drawn) expect(result.message).toMatch(/state\.labels: no room for .+; label fewer events/);
    });
    expect(wrong).toEqual([]);
  });
});

describe('frameProblems', () => {
  const frame = (marks: Frame['marks']): Frame => ({ width: 320, height: 200, marks });
  it('accepts marks inside the drawing', () => {
    expect(frameProblems(frame([{ key: 'a', kind: 'rect', attrs: { x: 0, y: 0, width: 320, height: 200 } }]), sharedStyles)).toEqual([]);
  });
  it.each([
    [
      'a bar past the right edge',
      { key: 'bar', kind: 'rect' as const, attrs: { x: 10, y: 10, width: 400, height: 10 } },
      'mark "bar" reaches 90 past the right edge of the 320×200 drawing',
    ],
    [
      'a note below the bottom',
      { key: 'note', kind: 'text' as const, attrs: { class: 'note', x: 0, y: 210 }, text: 'Source' },
      'text "Source" reaches',
    ],
    [
      'a heading too long for the width',
      {
        key: 'h',
        kind: 'text' as const,
        attrs: { class: 'chart-heading', x: 0, y: 20 },
        text: 'A heading far too long for a phone-sized drawing',
      },
      'past the right edge',
    ],
    [
      'a label anchored at its end past the left edge',
      { key: 'l', kind: 'text' as const, attrs: { class: 'label', x: 20, y: 20, 'text-anchor': 'end' }, text: 'WhatsApp' },
      'past the left edge',
    ],
    ['a circle above the top', { key: 'c', kind: 'circle' as const, attrs: { cx: 10, cy: 2, r: 5 } }, '3 above the top'],
    [
      'a number that is not a number',
      { key: 'n', kind: 'rect' as const, attrs: { x: Number.NaN, y: 0, width: 1, height: 1 } },
      'has x = NaN',
    ],
  ])('names %s', (_case, mark, message) => {
    expect(frameProblems(frame([mark]), sharedStyles).join('\n')).toContain(message);
  });
  it('measures text with the generous width estimate of src/core/text.ts', () => {
    expect(markBox({ key: 't', kind: 'text', attrs: { class: 'note', x: 0, y: 12 }, text: 'abcde' }, sharedStyles)).toMatchObject({
      x: 0,
      width: 5 * 12 * 0.6,
    });
  });
});

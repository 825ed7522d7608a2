import { describe, expect, it } from 'vitest';
import { chartText } from '../../src/charts/chart-words.ts';
import { userShares } from '../../src/charts/user-shares/index.ts';
import { spacedTicks } from '../../src/charts/spaced-ticks.ts';
import { sharedStyles } from '../../src/charts/mark-style.ts';
import type { Mark } from '../../src/frame/frame.ts';
import { datasets } from '../helpers/datasets.ts';

const tick = (x: number, text: string): Mark => ({ key: `tick:${x}`, kind: 'text', attrs: { class: 'tick', x, y: 20 }, text });

describe('spacedTicks', () => {
  it('keeps every label that fits beside its neighbours', () => {
    const ticks = [tick(0, '0'), tick(80, '20 M'), tick(160, '40 M')];
    expect(spacedTicks(ticks, sharedStyles, 6)).toEqual(ticks);
  });

  it('keeps every second label, from the first, when neighbours would touch', () => {
    const ticks = [tick(0, '0 млн'), tick(40, '20 млн'), tick(80, '40 млн'), tick(120, '60 млн'), tick(160, '80 млн')];
    expect(spacedTicks(ticks, sharedStyles, 6).map((m) => m.text)).toEqual(['0 млн', '40 млн', '80 млн']);
  });

  it('leaves the grid alone: a Russian frame has the English frame’s grid lines and bars, and fewer tick labels only where they would overlap', () => {
    const data = userShares.select(datasets);
    const state = userShares.stateSchema.parse({ period: '2025-07' });
    const [en, ru] = (['en', 'ru'] as const).map((locale) =>
      userShares.layout(data, state, userShares.sizes.narrow, chartText(userShares.words, locale)),
    );
    const drawn = (marks: readonly Mark[]) => marks.filter((m) => m.kind !== 'text');
    expect(drawn(ru!.marks)).toEqual(drawn(en!.marks));
    const labels = (marks: readonly Mark[]) => marks.filter((m) => m.key.startsWith('tick:')).length;
    expect(labels(ru!.marks)).toBeGreaterThan(0);
    expect(labels(ru!.marks)).toBeLessThan(labels(en!.marks));
  });
});

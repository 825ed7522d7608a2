import { describe, expect, it } from 'vitest';
import { spacedTicks } from '../../src/charts/spaced-ticks.ts';
import { sharedStyles } from '../../src/charts/mark-style.ts';
import type { Mark } from '../../src/frame/frame.ts';

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
});

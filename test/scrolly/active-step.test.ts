import { describe, expect, it } from 'vitest';
import { expectLeavesInputsAlone } from '../helpers/expect-pure.ts';
import { activeStepIndex } from '../../src/scrolly/active-step.ts';

describe('activeStepIndex', () => {
  it.each([
    { case: 'above the first step', tops: [500, 1200, 1900], trigger: 400, active: -1 },
    { case: 'first step on the line', tops: [400, 1100, 1800], trigger: 400, active: 0 },
    { case: 'between two steps', tops: [-300, 450, 1200], trigger: 400, active: 0 },
    { case: 'middle step crossed', tops: [-900, -100, 700], trigger: 400, active: 1 },
    { case: 'past the last step', tops: [-3000, -2000, -1000], trigger: 400, active: 2 },
    { case: 'after a jump straight to the end', tops: [-8000, -7000, 100], trigger: 400, active: 2 },
    { case: 'no steps', tops: [], trigger: 400, active: -1 },
  ])('$case → $active', ({ tops, trigger, active }) => {
    expect(activeStepIndex(tops, trigger)).toBe(active);
  });

  it('does not mutate its input', () => {
    expectLeavesInputsAlone(activeStepIndex, [3, 1, 2], 2);
  });
});

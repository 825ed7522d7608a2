import { describe, expect, it } from 'vitest';
import { checkStep } from '../../src/scrolly/check-step.ts';
import { datasets } from '../helpers/datasets.ts';

const good = { id: 'a-step', alt: 'Three bars.', state: { period: '2025-07' } };

describe('checkStep', () => {
  it('returns the step with frames at both sizes', () => {
    const step = checkStep('user-shares', good, datasets);
    expect(step.id).toBe('a-step');
    expect(step.frames.narrow.width).toBe(320);
    expect(step.frames.wide.width).toBe(640);
  });

  it.each([
    ['an unknown chart', 'pie', good, 'chart "pie" is not a chart; the charts are: user-shares'],
    ['a missing id', 'user-shares', { ...good, id: undefined }, 'a step: id is missing'],
    ['an id with capitals', 'user-shares', { ...good, id: 'Step-One' }, 'step "Step-One": id must be kebab-case'],
    ['an id with underscores', 'user-shares', { ...good, id: 'step_one' }, 'must be kebab-case'],
    ['a missing alt', 'user-shares', { ...good, alt: undefined }, 'step "a-step": alt is missing'],
    ['a blank alt', 'user-shares', { ...good, alt: '  ' }, 'step "a-step": alt is missing'],
    ['an unknown state key', 'user-shares', { ...good, state: { period: '2025-07', zoom: 2 } }, 'step "a-step": state: Unrecognized key(s) in object: \'zoom\''],
    ['a bad state value', 'user-shares', { ...good, state: { period: 'July' } }, 'step "a-step": state.period: must be a month written YYYY-MM'],
    ['a state the data cannot draw', 'user-shares', { ...good, state: { period: '2020-01' } }, 'step "a-step": state.period: no figures for "2020-01"'],
  ])('refuses %s', (_case, chart, step, message) => {
    expect(() => checkStep(chart, step, datasets)).toThrow(message);
  });
});

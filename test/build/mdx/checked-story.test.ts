import { describe, expect, it } from 'vitest';
import { checkedStory, printedStep } from '../../../src/build/mdx/checked-story.ts';
import { StepError } from '../../../src/build/mdx/check-step.ts';
import { datasets } from '../../helpers/datasets.ts';

const chart = 'user-shares';
const period = datasets.audience[0]!.period;
const inputs = [
  { id: 'memo-a', alt: 'A.', state: { period } },
  { id: 'memo-b', alt: 'B.', state: { period, highlight: datasets.audience[0]!.platform } },
];

describe('checkedStory', () => {
  it('checks a story once, for every reader with the same steps and the same data', () => {
    const first = checkedStory(chart, inputs, datasets);
    // The pages read the data through Astro's collections: another object with the same records.
    expect(checkedStory(chart, structuredClone(inputs), structuredClone(datasets))).toBe(first);
    expect(first.steps().map((s) => s.id)).toEqual(['memo-a', 'memo-b']);
  });

  it('checks again when the data changes, as after an edit in the dev server', () => {
    const first = checkedStory(chart, inputs, datasets);
    const edited = { ...datasets, platforms: datasets.platforms.map((p) => ({ ...p, name: `${p.name}!` })) };
    expect(checkedStory(chart, inputs, edited)).not.toBe(first);
  });

  it('keeps each step’s problems apart, and refuses to print a story with any', () => {
    const story = checkedStory(chart, [inputs[0]!, { id: 'memo-bad', alt: '', state: { period: '1999-01' } }], datasets);
    expect(story.outcomes[0]).not.toBeInstanceOf(StepError);
    expect(String((story.outcomes[1] as StepError).problems)).toMatch(/step "memo-bad": alt is missing/);
    expect(() => story.printed()).toThrow(/memo-bad/);
  });

  it('gives a Step its printed frames by its id alone', () => {
    const story = checkedStory(chart, inputs, datasets).printed();
    expect(printedStep('memo-b', datasets).step).toEqual(story.steps[1]);
    expect(() => printedStep('no-such-step', datasets)).toThrow('<Step id="no-such-step"> must sit inside a <Scrolly');
  });
});

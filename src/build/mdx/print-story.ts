import type { Datasets } from '../../data/load-datasets.ts';
import { compactFrame } from '../../frame/compact-frame.ts';
import type { Mark, SizeName } from '../../frame/frame.ts';
import { sharedMarks } from '../../frame/shared-marks.ts';
import { checkStep, type CheckedStep, type StepInput } from './check-step.ts';

const sizes: readonly SizeName[] = ['narrow', 'wide'];

/** One size's furniture: the marks every frame of the story begins with, printed once on the page. */
export interface Furniture {
  /** The id of the group that holds the marks, unique on the page; snapshots and the live graphic `<use>` it. */
  readonly id: string;
  readonly marks: readonly Mark[];
}

/** A Scrolly's steps as a chapter page prints them. */
export interface PrintedStory {
  /** Each step, checked, with its frames compacted (see compactFrame) and without the story's furniture. */
  readonly steps: readonly CheckedStep[];
  /** Per size, the marks every frame begins with (see sharedMarks), or undefined when sharing them saves nothing. */
  readonly furniture: Readonly<Record<SizeName, Furniture | undefined>>;
}

/**
 * Checks a story's steps and splits off its furniture at each size, so that the page prints lanes, their names and
 * the like once per story rather than in each step's snapshot. The furniture's ids start with the first step's id
 * (unique across the site) and contain dots, which neither a step id (kebab-case) nor a heading's slug can.
 */
export function printStory(chartName: string, inputs: readonly StepInput[], datasets: Datasets): PrintedStory {
  const checked = inputs.map((input) => checkStep(chartName, input, datasets));
  const split = Object.fromEntries(
    sizes.map((size) => [size, sharedMarks(checked.map((step) => compactFrame(step.frames[size])))]),
  ) as Record<SizeName, ReturnType<typeof sharedMarks>>;
  const steps = checked.map((step, i) => ({ ...step, frames: { narrow: split.narrow.frames[i]!, wide: split.wide.frames[i]! } }));
  const furniture = Object.fromEntries(
    sizes.map((size) => {
      const { shared } = split[size];
      return [size, shared.length ? { id: `${checked[0]!.id}.furniture.${size}`, marks: shared } : undefined];
    }),
  ) as Record<SizeName, Furniture | undefined>;
  return { steps, furniture };
}

const printed = new WeakMap<object, Map<string, Promise<PrintedStory>>>();

/**
 * The story as printed on one page: computed once per page render and story, however many components ask (the
 * Scrolly and each of its Steps). `page` is the render's `Astro.locals`, which lives exactly as long as one page
 * render, so the dev server recomputes after a data edit. `stepsJson` is the story's steps as the remark plugin
 * hands them to the Scrolly and each Step.
 */
export function storyOnPage(page: object, chartName: string, stepsJson: string, datasets: () => Promise<Datasets>): Promise<PrintedStory> {
  let stories = printed.get(page);
  if (!stories) printed.set(page, (stories = new Map()));
  const key = `${chartName}\n${stepsJson}`;
  let story = stories.get(key);
  if (!story) {
    story = datasets().then((data) => printStory(chartName, JSON.parse(stepsJson) as StepInput[], data));
    stories.set(key, story);
  }
  return story;
}

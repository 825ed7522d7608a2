import { createHash } from 'node:crypto';
import type { Datasets } from '../../data/load-datasets.ts';
import { compactFrame } from '../../frame/compact-frame.ts';
import type { Mark, SizeName } from '../../frame/frame.ts';
import { sharedMarks } from '../../frame/shared-marks.ts';
import type { Locale } from '../../core/locale.ts';
import { checkStep, StepError, type CheckedStep, type StepInput } from './check-step.ts';

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

/** A story's steps, checked once: each step's frames, or everything wrong with it. */
export interface CheckedStory {
  /** One outcome per step, in order. */
  readonly outcomes: readonly (CheckedStep | StepError)[];
  /** The steps with their full frames (for downloads and embeds); throws the first step's problems if any step failed. */
  readonly steps: () => readonly CheckedStep[];
  /** The story as the page prints it (compacted, furniture apart), computed on first use; throws like `steps`. */
  readonly printed: () => PrintedStory;
}

/**
 * The memo, shared by every copy of this module in the process: the content check, the MDX plugin, the page's
 * components and the educators' kit may each load their own, yet each story is checked once. It holds one version of
 * the data at a time (its fingerprint), so the dev server starts afresh after a data edit.
 */
interface Memo {
  /** The fingerprint of the data the stories were checked against. */
  data?: string;
  /** Each story, by its language, its chart and its steps' inputs. */
  readonly stories: Map<string, CheckedStory>;
  /**
   * Which story each step id belongs to in each language (by `language\nid`: a chapter and its translation share their
   * step ids), as last written: kept across data edits, since it is content, not data.
   */
  readonly storyOf: Map<string, { readonly chart: string; readonly inputs: readonly StepInput[] }>;
}
const memo = ((globalThis as Record<symbol, unknown>)[Symbol.for('explainer.checked-stories')] ??= {
  stories: new Map(),
  storyOf: new Map(),
}) as Memo;

const fingerprints = new WeakMap<Datasets, string>();
function fingerprint(datasets: Datasets): string {
  let print = fingerprints.get(datasets);
  if (!print) fingerprints.set(datasets, (print = createHash('sha256').update(JSON.stringify(datasets)).digest('hex')));
  return print;
}

/**
 * Checks a story's steps and computes their frames, once per story, language and version of the data, however many
 * readers ask: the content check and the MDX plugin report its problems, the Scrolly and its Steps print it, and the
 * kit draws its downloads from it. A step is its id, alt and state as the author wrote them in `locale`'s chapter; its
 * frames are in that language.
 */
export function checkedStory(chartName: string, inputs: readonly StepInput[], datasets: Datasets, locale: Locale = 'en'): CheckedStory {
  const data = fingerprint(datasets);
  if (memo.data !== data) {
    memo.data = data;
    memo.stories.clear();
  }
  const key = `${locale}\n${chartName}\n${JSON.stringify(inputs.map(({ id, alt, state }) => ({ id, alt, state })))}`;
  for (const input of inputs) if (typeof input.id === 'string') memo.storyOf.set(`${locale}\n${input.id}`, { chart: chartName, inputs });
  let story = memo.stories.get(key);
  if (!story) {
    story = checkAll(chartName, inputs, datasets, locale);
    memo.stories.set(key, story);
  }
  return story;
}

function checkAll(chartName: string, inputs: readonly StepInput[], datasets: Datasets, locale: Locale): CheckedStory {
  const outcomes = inputs.map((input) => {
    try {
      return checkStep(chartName, input, datasets, locale);
    } catch (error) {
      return error instanceof StepError ? error : new StepError([(error as Error).message]);
    }
  });
  const steps = () => {
    const failed = outcomes.find((outcome) => outcome instanceof StepError);
    if (failed) throw failed;
    return outcomes as CheckedStep[];
  };
  let printed: PrintedStory | undefined;
  return { outcomes, steps, printed: () => (printed ??= printStory(steps())) };
}

/**
 * Splits off a story's furniture at each size, so that the page prints lanes, their names and the like once per story
 * rather than in each step's snapshot. The furniture's ids start with the first step's id (unique across the site)
 * and contain dots, which neither a step id (kebab-case) nor a heading's slug can.
 */
function printStory(checked: readonly CheckedStep[]): PrintedStory {
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

/** A printed step and its story's furniture. */
export interface StepOnPage {
  readonly step: CheckedStep;
  readonly furniture: PrintedStory['furniture'];
}

/**
 * A step as its chapter page in `locale` prints it, found by its id alone: the content check and the MDX plugin checked
 * its story before any page renders, so a `<Step>` needs no copy of the story. Throws when no story holds the id.
 */
export function printedStep(id: string, datasets: Datasets, locale: Locale = 'en'): StepOnPage {
  const story = memo.storyOf.get(`${locale}\n${id}`);
  if (!story) throw new Error(`<Step id="${id}"> must sit inside a <Scrolly chart="…"> in a chapter`);
  const { steps, furniture } = checkedStory(story.chart, story.inputs, datasets, locale).printed();
  const step = steps.find((s) => s.id === id);
  if (!step) throw new Error(`<Step id="${id}">: its story no longer holds it; rebuild`);
  return { step, furniture };
}

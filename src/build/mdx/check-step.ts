import { charts } from '../../charts/registry.ts';
import { stylesOf, type Chart } from '../../charts/chart.ts';
import type { Datasets } from '../../data/load-datasets.ts';
import { kebabId } from '../../data/schemas.ts';
import type { Frame, SizeName } from '../../frame/frame.ts';
import { finalizeFrame } from '../../frame/frame.ts';
import { frameProblems } from '../../charts/check-frame.ts';
import { explainIssues } from '../../data/explain-issues.ts';
import { chartText } from '../../charts/chart-words.ts';
import { wordsProblems } from '../../core/words-problems.ts';
import { languageNames, locales, type Locale } from '../../core/locale.ts';

/** A step as an author writes it in MDX, before validation. */
export interface StepInput {
  readonly id?: unknown;
  readonly alt?: unknown;
  readonly state?: unknown;
}

/** A step that passed every check, with its frames at both sizes. */
export interface CheckedStep {
  readonly id: string;
  readonly alt: string;
  readonly frames: Readonly<Record<SizeName, Frame>>;
}

/** Looks up a chart by the name an author wrote, or throws with the list of charts. */
export function chartNamed(name: unknown): Chart<unknown, unknown> {
  const chart = typeof name === 'string' ? charts[name] : undefined;
  if (!chart) {
    throw new Error(`chart ${JSON.stringify(name)} is not a chart; the charts are: ${Object.keys(charts).join(', ')}`);
  }
  return chart;
}

/** Everything wrong with one step, one line each, every line starting with the step (`step "id": …`). */
export class StepError extends Error {
  override name = 'StepError';
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

/**
 * Validates one step of a chart and computes its frames at both sizes. Collects everything wrong with it (the id,
 * the alt, every state key the chart rejects, a state the data cannot draw, a mark or text that would leave the
 * drawing at either size, a text over a mark, a leader line or another text at either size) and throws them
 * together as a StepError, each line naming the step, and the size and the field or the two things that collide.
 * The frames are the English ones; the step is also laid out in every other language, which must fit as well and
 * draw the same marks other than text (shapesApart), its words alone differing.
 */
export function checkStep(chartName: unknown, step: StepInput, datasets: Datasets): CheckedStep {
  const idResult = kebabId.safeParse(step.id);
  const shown = typeof step.id === 'string' ? `step "${step.id}"` : 'a step';
  const problems: string[] = [];
  const note = (message: string) => {
    const line = `${shown}: ${message}`;
    if (!problems.includes(line)) problems.push(line);
  };
  if (!idResult.success) note(`id ${step.id === undefined ? 'is missing' : idResult.error.issues[0]!.message}`);
  if (typeof step.alt !== 'string' || step.alt.trim() === '') note('alt is missing: describe what the graphic shows at this step');
  const chart = chartNamed(chartName);
  const parsed = chart.stateSchema.safeParse(step.state ?? {});
  if (!parsed.success) {
    for (const { path, message } of explainIssues(chart.stateSchema, parsed.error))
      note(`${['state', path].filter(Boolean).join('.')}: ${message}`);
    throw new StepError(problems);
  }
  const data = chart.select(datasets);
  // The site's frames are the English ones; every other language's must draw too, and fit, at both sizes (its words
  // run wider), or the step is refused here rather than on the Russian page.
  const frame = (size: SizeName, locale: Locale = 'en'): Frame | undefined => {
    const language = locale === 'en' ? '' : `in ${languageNames[locale]}, `;
    let drawn: Frame;
    try {
      drawn = finalizeFrame(chart.layout(data, parsed.data, chart.sizes[size], chartText(chart.words, locale)));
    } catch (error) {
      note(`${language}state.${(error as Error).message}`);
      return undefined;
    }
    for (const problem of frameProblems(drawn, stylesOf(chart)))
      note(`${language}at the ${size} size, ${problem}; change the state or the chart's layout`);
    return drawn;
  };
  const frames = { narrow: frame('narrow'), wide: frame('wide') };
  // Words with a key missing are the chart words check's to report (chart-words-check.ts), not every step's; a state the
  // English layout refused is reported once.
  if (frames.narrow && frames.wide && wordsComplete(chart))
    for (const locale of locales.filter((l) => l !== 'en'))
      for (const size of ['narrow', 'wide'] as const) {
        const translated = frame(size, locale);
        if (translated)
          for (const key of shapesApart(frames[size]!, translated))
            note(
              `in ${languageNames[locale]}, at the ${size} size, mark "${key}" is not what the English frame draws; a language changes only the words`,
            );
      }
  if (problems.length || !frames.narrow || !frames.wide) throw new StepError(problems);
  return { id: idResult.data!, alt: (step.alt as string).trim(), frames: { narrow: frames.narrow, wide: frames.wide } };
}

const complete = new WeakMap<object, boolean>();

/** Whether a chart's words have every key in every language (worked out once per chart, not once per step). */
function wordsComplete(chart: Chart<unknown, unknown>): boolean {
  let known = complete.get(chart.words);
  if (known === undefined) complete.set(chart.words, (known = wordsProblems(chart.words).length === 0));
  return known;
}

/**
 * The keys of the marks other than text that two frames of one state draw differently, or that only one draws: the
 * editions' graphics must be the same picture (issue 25), whatever their words.
 */
export function shapesApart(a: Frame, b: Frame): string[] {
  const shapes = (frame: Frame) => new Map(frame.marks.filter((m) => m.kind !== 'text').map((m) => [m.key, JSON.stringify(m)]));
  const [left, right] = [shapes(a), shapes(b)];
  return [...new Set([...left.keys(), ...right.keys()])].filter((key) => left.get(key) !== right.get(key));
}

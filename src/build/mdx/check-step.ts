import { charts } from '../../charts/registry.ts';
import { stylesOf, type Chart } from '../../charts/chart.ts';
import type { Datasets } from '../../data/load-datasets.ts';
import { datasetsIn, MissingWordError } from '../../data/datasets-in.ts';
import { kebabId } from '../../data/schemas.ts';
import type { Frame, SizeName } from '../../frame/frame.ts';
import { finalizeFrame } from '../../frame/frame.ts';
import { frameProblems } from '../../charts/check-frame.ts';
import { explainIssues } from '../../data/explain-issues.ts';
import { chartText, type Language } from '../../charts/chart-words.ts';
import { wordsProblems } from '../../core/words-problems.ts';
import { languageNames, locales, type Locale } from '../../core/locale.ts';

/** A step as an author writes it in MDX, before validation. */
export interface StepInput {
  readonly id?: unknown;
  readonly alt?: unknown;
  readonly state?: unknown;
}

/** A step that passed every check, with its frames at both sizes, in the language its check was asked for. */
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
 * Every language's frames are checked, whichever it returns: the step is laid out in each, which must fit as well and
 * draw the same marks other than text as the English frames (shapesApart), its words alone differing. It returns the
 * frames in `locale`, English unless asked.
 */
export function checkStep(chartName: unknown, step: StepInput, datasets: Datasets, locale: Locale = 'en'): CheckedStep {
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
  // The English frames are the reference; every other language's must draw too, and fit, at both sizes (its words
  // run wider), or the step is refused here rather than on the translated page. Words with a key missing are the chart
  // words check's and the site words check's to report (chart-words-check.ts, site-words-check.ts), not every step's:
  // a language is drawn once its words are complete. Each frame keeps room for the longest words of every language
  // drawn (Chart.layout's `languages`): the chart's data in each, selected once for every size.
  const drawnIn: readonly Locale[] = wordsComplete(chart) ? locales.filter((l) => l === 'en' || worded(datasets, l)) : ['en'];
  let languages: readonly Language<unknown>[];
  try {
    languages = languagesOf(chart, datasets, drawnIn);
  } catch (error) {
    note(`the chart's data cannot be read: ${(error as Error).message}`);
    throw new StepError(problems);
  }
  const frame = (size: SizeName, language: Locale = 'en'): Frame | undefined => {
    const where = language === 'en' ? '' : `in ${languageNames[language]}, `;
    let laid: Frame;
    try {
      const { data, text } = languages[drawnIn.indexOf(language)]!;
      laid = finalizeFrame(chart.layout(data, parsed.data, chart.sizes[size], text, languages));
    } catch (error) {
      note(`${where}state.${(error as Error).message}`);
      return undefined;
    }
    for (const problem of frameProblems(laid, stylesOf(chart)))
      note(`${where}at the ${size} size, ${problem}; change the state or the chart's layout`);
    return laid;
  };
  const frames = { narrow: frame('narrow'), wide: frame('wide') };
  // A state the English layout refused is reported once.
  const translations: Partial<Record<Locale, Record<SizeName, Frame | undefined>>> = { en: frames };
  if (frames.narrow && frames.wide)
    for (const language of drawnIn.filter((l) => l !== 'en')) {
      const translated = (translations[language] = { narrow: frame('narrow', language), wide: frame('wide', language) });
      for (const size of ['narrow', 'wide'] as const)
        for (const key of translated[size] ? shapesApart(frames[size]!, translated[size]) : [])
          note(
            `in ${languageNames[language]}, at the ${size} size, mark "${key}" is not what the English frame draws; a language changes only the words`,
          );
    }
  const chosen = translations[locale];
  if (!chosen && frames.narrow && frames.wide) note(`in ${languageNames[locale]}, the chart's or the site's words are incomplete`);
  if (problems.length || !chosen?.narrow || !chosen.wide) throw new StepError(problems);
  return { id: idResult.data!, alt: (step.alt as string).trim(), frames: { narrow: chosen.narrow, wide: chosen.wide } };
}

/**
 * Whether the data has all its words in `locale` (datasetsIn); a word missing is the check of the site's words to
 * report, once. Any other failure (a file that is not JSON) is thrown.
 */
function worded(datasets: Datasets, locale: Locale): boolean {
  try {
    datasetsIn(datasets, locale);
    return true;
  } catch (error) {
    if (error instanceof MissingWordError) return false;
    throw error;
  }
}

const selections = new WeakMap<Datasets, Map<string, readonly Language<unknown>[]>>();

/**
 * A chart's data and words in each of `drawnIn`, selected once for all its steps in one set of data: the same list
 * for every step, so that what a layout works out from it (the room every language's words need) serves them all.
 */
export function languagesOf(chart: Chart<unknown, unknown>, datasets: Datasets, drawnIn: readonly Locale[]): readonly Language<unknown>[] {
  let byChart = selections.get(datasets);
  if (!byChart) selections.set(datasets, (byChart = new Map()));
  const key = `${chart.name} ${drawnIn.join(' ')}`;
  let languages = byChart.get(key);
  if (!languages)
    byChart.set(
      key,
      (languages = drawnIn.map((language) => ({
        data: chart.select(datasetsIn(datasets, language)),
        text: chartText(chart.words, language),
      }))),
    );
  return languages;
}

const complete = new WeakMap<object, boolean>();

/** Whether a chart's words have every key in every language (worked out once per chart, not once per step). */
function wordsComplete(chart: Chart<unknown, unknown>): boolean {
  let known = complete.get(chart.words);
  if (known === undefined) complete.set(chart.words, (known = wordsProblems(chart.words).length === 0));
  return known;
}

/**
 * The keys of the marks other than their words that two frames of one state draw differently, or that only one draws:
 * the editions' graphics must be the same picture (issue 25), whatever their words. A label's leader line goes with
 * its words: it runs from the mark, which stays put, to wherever the label fits in that language.
 */
export function shapesApart(a: Frame, b: Frame): string[] {
  const shapes = (frame: Frame) => new Map(frame.marks.filter((m) => !isAnnotation(m)).map((m) => [m.key, JSON.stringify(m)]));
  const [left, right] = [shapes(a), shapes(b)];
  return [...new Set([...left.keys(), ...right.keys()])].filter((key) => left.get(key) !== right.get(key));
}

/** A mark that belongs to the words rather than the data: a text, or a label's leader line. */
function isAnnotation(mark: Frame['marks'][number]): boolean {
  return mark.kind === 'text' || (mark.kind === 'line' && mark.attrs['class'] === 'leader');
}

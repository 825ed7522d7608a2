import { stylesOf } from '../../charts/chart.ts';
import type { Language, Words } from '../../charts/chart-words.ts';
import { languagesOf } from '../mdx/check-step.ts';
import { frameProblems } from '../../charts/check-frame.ts';
import { charts } from '../../charts/registry.ts';
import { datasetsIn } from '../../data/datasets-in.ts';
import { locales } from '../../core/locale.ts';
import type { Datasets } from '../../data/load-datasets.ts';
import { finalizeFrame, type SizeName } from '../../frame/frame.ts';

/**
 * A pseudo-locale for the charts (issue 25): every word a frame shows, the chart's own (src/charts/<name>/words.ts) and
 * the data's (event titles, platform names, publishers and analysts), stretched to `factor` times its estimated width.
 * Laying out every step with it before a language is translated shows which frames would not fit a language whose
 * words run longer, and why: `npm run pseudo-locale` (scripts/pseudo-locale.ts). Russian runs up to 1.9 times wider
 * than English in a short label, and 1.6 to 1.7 in an event's title. Numbers, months and dates are the formatters',
 * which print them in English here; the real Russian frames are checked in every build (check-step.ts).
 */

/** Accented twins of the letters a stretched word repeats, so that it reads as a word still, only longer. */
const accented: Readonly<Record<string, string>> = {
  a: 'á',
  c: 'ç',
  d: 'ď',
  e: 'é',
  i: 'í',
  n: 'ñ',
  o: 'ó',
  r: 'ř',
  s: 'š',
  t: 'ť',
  u: 'ú',
  y: 'ý',
  z: 'ž',
};
const twin = (letter: string) => {
  const lower = letter.toLowerCase();
  const padding = accented[lower] ?? 'é';
  return letter === lower ? padding : padding.toUpperCase();
};

/** A placeholder the layouts fill ("{month}") or the data prints ("{date:E32}"): kept as written. */
const placeholder = /\{[a-zA-Z][^{}]*\}/g;

/** Plain text, its letters padded so that the whole grows by `factor`, its spaces kept so that it still wraps. */
function stretchPlain(text: string, factor: number): string {
  const runs = [...text.matchAll(/\p{L}+/gu)];
  const letters = runs.reduce((sum, run) => sum + run[0].length, 0);
  if (letters === 0) return text;
  // Digits and punctuation are not padded: the letters take their share, so the whole text grows by `factor`.
  const extra = Math.round((factor - 1) * text.length);
  let given = 0;
  let out = '';
  let at = 0;
  let seen = 0;
  for (const run of runs) {
    out += text.slice(at, run.index);
    for (const letter of run[0]) {
      seen += 1;
      // Spread the padding evenly over the letters, so that every word grows.
      const due = Math.round((extra * seen) / letters);
      out += letter + twin(letter).repeat(Math.max(0, due - given));
      given = Math.max(given, due);
    }
    at = run.index + run[0].length;
  }
  return out + text.slice(at);
}

/** `text` stretched to about `factor` times its length, and so its estimated width; placeholders are kept whole. */
export function stretch(text: string, factor: number): string {
  if (!(factor >= 1)) throw new Error(`a pseudo-locale stretches words: its factor must be 1 or more, not ${factor}`);
  let out = '';
  let at = 0;
  for (const match of text.matchAll(placeholder)) {
    out += stretchPlain(text.slice(at, match.index), factor) + match[0];
    at = match.index + match[0].length;
  }
  return out + stretchPlain(text.slice(at), factor);
}

/** A chart's English words, each stretched. */
export function pseudoWords<W extends Words>(words: W, factor: number): W {
  return Object.fromEntries(Object.entries<string>(words).map(([key, text]) => [key, stretch(text, factor)])) as W;
}

/** The data in English, with every word a frame shows stretched. */
export function pseudoDatasets(datasets: Datasets, factor: number): Datasets {
  const english = datasetsIn(datasets, 'en');
  const stretched = (text: string) => stretch(text, factor);
  return {
    ...english,
    events: english.events.map((event) => ({ ...event, title: stretched(event.title) })),
    platforms: english.platforms.map((platform) => ({ ...platform, name: stretched(platform.name) })),
    sources: english.sources.map((source) => ({
      ...source,
      publisher: stretched(source.publisher),
      ...(source.via === undefined ? {} : { via: stretched(source.via) }),
    })),
    audience: english.audience.map((record) => (record.analysedBy ? { ...record, analysedBy: stretched(record.analysedBy) } : record)),
  };
}

/** A step as the pseudo-locale lays it out: where it is, its chart and its state. */
export interface PseudoStep {
  readonly chapter: string;
  readonly id: string;
  readonly chart: string;
  readonly state?: unknown;
}

/** Why one frame would not fit: the layout refused it, or a mark leaves the drawing or collides (check-frame.ts). */
export interface PseudoProblem {
  readonly chapter: string;
  readonly step: string;
  readonly chart: string;
  readonly size: SizeName;
  readonly problems: readonly string[];
}

/**
 * Every frame of `steps`, at both sizes, that would not draw in the pseudo-locale at `factor`, with what is wrong with
 * it. Empty when every frame fits. The pseudo-locale is drawn as a language of its own beside the site's, whose words
 * the layouts keep room for too (Chart.layout's `languages`).
 */
export function pseudoProblems(steps: readonly PseudoStep[], datasets: Datasets, factor: number): PseudoProblem[] {
  const data = pseudoDatasets(datasets, factor);
  const languages = new Map<string, readonly Language<unknown>[]>();
  const out: PseudoProblem[] = [];
  for (const step of steps) {
    const chart = charts[step.chart];
    if (!chart) throw new Error(`step "${step.id}": chart "${step.chart}" is not a chart`);
    if (!languages.has(chart.name))
      languages.set(chart.name, [
        ...languagesOf(chart, datasets, locales),
        { data: chart.select(data), text: { locale: 'en' as const, words: pseudoWords(chart.words.en, factor) } },
      ]);
    const every = languages.get(chart.name)!;
    const pseudo = every.at(-1)!;
    const state = chart.stateSchema.parse(step.state ?? {});
    for (const size of ['narrow', 'wide'] as const) {
      let problems: string[];
      try {
        const frame = finalizeFrame(chart.layout(pseudo.data, state, chart.sizes[size], pseudo.text, every));
        problems = frameProblems(frame, stylesOf(chart));
      } catch (error) {
        problems = [`the layout refuses it: ${(error as Error).message}`];
      }
      if (problems.length) out.push({ chapter: step.chapter, step: step.id, chart: chart.name, size, problems });
    }
  }
  return out;
}

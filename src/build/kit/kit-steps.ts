import { formatEventDate, listProse } from '../../core/format.ts';
import type { Chart } from '../../charts/chart.ts';
import { citationOf, type CitationInput } from '../cite/citation-input.ts';
import { getChapters, type ChapterInfo } from '../content/get-chapters.ts';
import { getDatasets } from '../../data/get-datasets.ts';
import type { Datasets } from '../../data/load-datasets.ts';
import type { Source } from '../../data/schemas.ts';
import type { Frame, SizeName } from '../../frame/frame.ts';
import { chartNamed } from '../mdx/check-step.ts';
import { checkedStory } from '../mdx/checked-story.ts';
import { sourceOutlet } from '../../data/source-credit.ts';
import { absoluteUrl, url } from '../../core/url.ts';
import { currentTo } from '../../data/current-to.ts';
import { datasetsIn } from '../../data/datasets-in.ts';
import { siteWords } from '../../data/site-words.ts';
import { nameIn } from '../../data/names-in.ts';
import { defaultLocale, localePath, type Locale } from '../../core/locale.ts';
import { fill } from '../../core/fill.ts';
import { downloadPaths, embedPath, type DownloadKind } from './kit-paths.ts';

/** Everything the educators' kit offers for one step: where it is, what it shows, and how to embed, download and cite it. */
export interface KitStep {
  readonly id: string;
  /** The step's number within its chapter, from 1. */
  readonly number: number;
  readonly chapter: ChapterInfo;
  readonly chart: Chart<unknown, unknown>;
  /** What the graphic shows at this step: the embed's caption. */
  readonly alt: string;
  readonly frames: Readonly<Record<SizeName, Frame>>;
  /** The sources behind what this step draws, in order of first use. */
  readonly sources: readonly Source[];
  /** "Source: Reuters" or "Sources: Reuters, TASS and Meduza", naming each outlet once. */
  readonly sourceLine: string;
  /** The date the site is current to (ISO), and as a reader says it. */
  readonly asOf: string;
  readonly asOfText: string;
  /** The step in its chapter: root-relative (for links on this site) and absolute (to share and cite). */
  readonly href: string;
  readonly absoluteHref: string;
  /** The embed page, root-relative and absolute. */
  readonly embedHref: string;
  readonly embedAbsolute: string;
  /**
   * Root-relative hrefs of the step's graphic (SVG, PNG, the 1920×1080 slide) and its chart's data (CSV, JSON, and
   * the zip with its README).
   */
  readonly downloads: Readonly<Record<DownloadKind, string>>;
  /** Whose figures the graphic draws that the site's licence does not cover (e.g. Mediascope), in order of first use. */
  readonly figureOwners: readonly string[];
  /** What a citation of this step needs. */
  readonly citation: CitationInput;
}

/**
 * The source line for a set of sources (as datasetsIn spells them in `locale`), naming each outlet once: "Sources:
 * Reuters, TASS and Meduza", "Источники: Reuters, ТАСС и «Медуза»".
 */
export function sourceLine(sources: readonly Source[], locale: Locale = defaultLocale): string {
  const words = siteWords(locale);
  const outlets = [...new Set(sources.map((source) => sourceOutlet(source, { via: words['cite.via'] })))];
  return fill(words[outlets.length === 1 ? 'embed.source' : 'embed.sources'], { list: listProse(outlets, locale) });
}

/** A "current to" date as a reader says it: "10 April 2026", "April 2026" or "2026"; "10 апреля 2026 г." in Russian. */
export function formatAsOf(iso: string, locale: Locale = defaultLocale): string {
  return iso.length === 4 ? iso : formatEventDate(iso, undefined, {}, locale);
}

/** Every step of every chapter of `locale`'s edition, in story order, with its kit. */
export async function getKitSteps(locale: Locale = defaultLocale): Promise<KitStep[]> {
  const [chapters, datasets] = await Promise.all([getChapters(locale), getDatasets()]);
  return chapters.flatMap((chapter) => chapterKit(chapter, datasets));
}

/** One chapter's steps, with their kits, in the chapter's language. */
export function chapterKit(chapter: ChapterInfo, datasets: Datasets): KitStep[] {
  return chapter.story.steps.map((_, i) => kitStepAt(chapter, i, datasets));
}

/** The kit of the step with this id in `locale`'s edition, wherever it is; throws when no chapter has it. */
export async function findKitStep(id: string, locale: Locale = defaultLocale): Promise<KitStep> {
  const [chapters, datasets] = await Promise.all([getChapters(locale), getDatasets()]);
  for (const chapter of chapters) {
    const index = chapter.story.steps.findIndex((s) => s.id === id);
    if (index >= 0) return kitStepAt(chapter, index, datasets);
  }
  throw new Error(`educators' kit: no chapter has a step "${id}"`);
}

/**
 * The kit of the chapter's step at `index` (from 0), in the chapter's language: its frames, caption and source line
 * in that language, its links to that edition's chapter, embed and downloads, its citation of that edition's page.
 */
function kitStepAt(chapter: ChapterInfo, index: number, english: Datasets): KitStep {
  const { locale } = chapter;
  const datasets = datasetsIn(english, locale);
  const outline = chapter.story.steps[index]!;
  const asOf = currentTo(datasets);
  const block = chapter.story.stories.find((s) => s.steps.includes(outline.id))!;
  const inputs = block.steps.map((id) => chapter.story.steps.find((s) => s.id === id)!);
  // The same pass that checked the chapter (keyed by its steps' id, alt and state), so the kit draws nothing twice.
  const checked = checkedStory(block.chart, inputs, english, locale).steps()[block.steps.indexOf(outline.id)]!;
  const chart = chartNamed(outline.chart);
  const byId = new Map(datasets.sources.map((s) => [s.id, s]));
  const inView = chart.export.sourcesInView(chart.select(datasets), chart.stateSchema.parse(outline.state ?? {}));
  const sources = inView.map((id) => byId.get(id)!);
  const shown = new Set(inView);
  const figureOwners = chart.export
    .rows(chart.select(datasets), chart.words[locale])
    .filter((row) => row.figureOwner && row.sources.every((id) => shown.has(id)))
    // Whose figures they are, as the edition spells the name ("Rosstat" is «Росстат» in Russian).
    .map((row) => nameIn(locale, row.figureOwner!));
  const path = localePath(locale, `/chapters/${chapter.slug}/`);
  const embed = localePath(locale, embedPath(checked.id));
  const absoluteHref = absoluteUrl(path, checked.id);
  return {
    id: checked.id,
    number: index + 1,
    chapter,
    chart,
    alt: checked.alt,
    frames: checked.frames,
    sources,
    sourceLine: sourceLine(sources, locale),
    asOf,
    asOfText: formatAsOf(asOf, locale),
    href: url(path, checked.id),
    absoluteHref,
    embedHref: url(embed),
    embedAbsolute: absoluteUrl(embed),
    downloads: Object.fromEntries(
      Object.entries(downloadPaths(checked.id, chart.name, locale)).map(([k, p]) => [k, url(p)]),
    ) as KitStep['downloads'],
    figureOwners: [...new Set(figureOwners)],
    citation: citationOf(chapter, datasets, { id: checked.id, graphic: chart.words[locale].title }),
  };
}

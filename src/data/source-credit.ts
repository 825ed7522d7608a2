import type { AudienceRecord, Source, SourceKind } from './schemas.ts';
import { fill } from '../core/fill.ts';
import { listProse } from '../core/format.ts';
import { defaultLocale, type Locale } from '../core/locale.ts';

/**
 * How a page in one language credits a source in full (the site's words `source.*`, read by creditWordsIn in
 * src/data/names-in.ts): what each kind of source is called, and the publisher's credit for each kind read elsewhere.
 */
export interface CreditWords {
  /** "Original", "Wire copy", …: on the sources pages and in the downloads. */
  readonly kinds: Readonly<Record<SourceKind, string>>;
  /** "{publisher} (text via {via})" */
  readonly wireCopy: string;
  /** "{publisher} (syndicated copy; original not named)" */
  readonly wireCopyUnnamed: string;
  /** "{publisher} (mirror: {via})" */
  readonly mirror: string;
  /** "{publisher} (as reported by {via})" */
  readonly aggregator: string;
}

/**
 * A source's publisher as a full citation names it, the original publisher first and the site it was read on after:
 * "TASS", "Reuters (text via Daily Sabah)", "Forbes (as reported by Championat)", "Wikipedia (mirror: …)"; in Russian,
 * from the records as datasetsIn spells them, "ТАСС", "Forbes (по сообщению сайта «Чемпионат»)".
 */
export function sourceCredit(source: Pick<Source, 'publisher' | 'kind' | 'via'>, words: CreditWords): string {
  const { publisher } = source;
  const via = source.via ?? '';
  switch (source.kind) {
    case 'wire-copy':
      return source.via ? fill(words.wireCopy, { publisher, via }) : fill(words.wireCopyUnnamed, { publisher });
    case 'mirror':
      return fill(words.mirror, { publisher, via });
    case 'aggregator':
      return fill(words.aggregator, { publisher, via });
    default:
      return publisher;
  }
}

/** How a page in one language names sources: the word between an aggregator and its source, and its spelling of names. */
export interface OutletWords {
  /** "via" (the site's words, `cite.via`). */
  readonly via: string;
  /** Names as the page's language writes them (namesIn): "TASS" → "ТАСС". */
  readonly names?: Readonly<Record<string, string>>;
}

/**
 * A source's publisher as an inline citation names it: the publisher, and for an aggregator the site that reported
 * it too, since its words are that site's: "Reuters", "Forbes via Championat". In another language, as its `words`
 * write it: "ТАСС", "Forbes через «Чемпионат»".
 */
export function sourceOutlet(source: Pick<Source, 'publisher' | 'kind' | 'via'>, words: OutletWords = { via: 'via' }): string {
  const name = (spelt: string) => words.names?.[spelt] ?? spelt;
  return source.kind === 'aggregator' ? `${name(source.publisher)} ${words.via} ${name(source.via ?? '')}` : name(source.publisher);
}

/** True when a source is the publisher's own page or an official one, rather than a copy or a report of a report. */
export function isOriginal(source: Pick<Source, 'kind'>): boolean {
  return source.kind === 'original' || source.kind === 'official';
}

/** The words of a reach source line, in one language (each chart that prints one holds them: src/charts/<name>/words.ts). */
export interface SourceLineWords {
  /** "Source: {measured}, via {outlets}" */
  readonly sourceLine: string;
  /** "Mediascope" */
  readonly measuredBy: string;
  /** "Mediascope data analysed by {analysts}" */
  readonly measuredByAnalyst: string;
  /** An aggregator's report: "{publisher} (as reported by {via})" */
  readonly reportedVia: string;
}

/**
 * The source line for a set of Mediascope figures, naming each outlet (and any analyst) and, when there are several
 * outlets, which platforms each one backs: "Source: Mediascope, via CyberInsider (WhatsApp, Telegram) and TASS (MAX)".
 */
export function reachSourceLine(
  figures: readonly Pick<AudienceRecord, 'source' | 'analysedBy' | 'platform'>[],
  sources: ReadonlyMap<string, Source>,
  platformName: (id: string) => string,
  words: SourceLineWords,
  locale: Locale = defaultLocale,
): string {
  const outlets = new Map<string, string[]>();
  for (const figure of figures) {
    // A wire copy is the agency's text, so the agency alone is named; an aggregator's report names both.
    const source = sources.get(figure.source)!;
    const outlet =
      source.kind === 'aggregator' ? fill(words.reportedVia, { publisher: source.publisher, via: source.via ?? '' }) : source.publisher;
    outlets.set(outlet, [...(outlets.get(outlet) ?? []), platformName(figure.platform)]);
  }
  const analysts = [...new Set(figures.flatMap((f) => (f.analysedBy ? [f.analysedBy] : [])))];
  const via = [...outlets].map(([outlet, platforms]) => (outlets.size > 1 ? `${outlet} (${platforms.join(', ')})` : outlet));
  const measured = analysts.length ? fill(words.measuredByAnalyst, { analysts: listProse(analysts, locale) }) : words.measuredBy;
  return fill(words.sourceLine, { measured, outlets: listProse(via, locale) });
}

import type { Source, SourceKind } from './schemas.ts';

/** What each kind of source is called on the sources page and in the downloads. */
export const kindLabels: Readonly<Record<SourceKind, string>> = {
  original: 'Original',
  official: 'Official',
  'wire-copy': 'Wire copy',
  mirror: 'Mirror',
  aggregator: 'Aggregator',
};

/**
 * A source's publisher as a full citation names it, the original publisher first and the site it was read on after:
 * "TASS", "Reuters (text via Daily Sabah)", "Forbes (as reported by Championat)", "Wikipedia (mirror: …)".
 */
export function sourceCredit(source: Pick<Source, 'publisher' | 'kind' | 'via'>): string {
  switch (source.kind) {
    case 'wire-copy':
      return source.via ? `${source.publisher} (text via ${source.via})` : `${source.publisher} (syndicated copy; original not named)`;
    case 'mirror':
      return `${source.publisher} (mirror: ${source.via})`;
    case 'aggregator':
      return `${source.publisher} (as reported by ${source.via})`;
    default:
      return source.publisher;
  }
}

/**
 * A source's publisher as an inline citation names it: the publisher, and for an aggregator the site that reported
 * it too, since its words are that site's: "Reuters", "Forbes via Championat".
 */
export function sourceOutlet(source: Pick<Source, 'publisher' | 'kind' | 'via'>): string {
  return source.kind === 'aggregator' ? `${source.publisher} via ${source.via}` : source.publisher;
}

/** True when a source is the publisher's own page or an official one, rather than a copy or a report of a report. */
export function isOriginal(source: Pick<Source, 'kind'>): boolean {
  return source.kind === 'original' || source.kind === 'official';
}

import type { Source, SourceKind } from '../../data/schemas.ts';
import type { Cell, ColumnDoc, DataRow } from '../../charts/chart.ts';
import { contentLicence, creditLine, licenceExceptions, rowLicence } from './licence.ts';
import { creditWordsIn } from '../../data/names-in.ts';

/** What every exported row and file says about where it comes from. */
export interface ExportContext {
  /** The chart's title, e.g. "Monthly reach of messengers in Russia". */
  readonly title: string;
  /** The site's name and canonical home URL, for the credit. */
  readonly site: string;
  readonly siteUrl: string;
  /** Who publishes the site (src/core/publisher.ts), named in every file's credit. */
  readonly publisher: string;
  /** Where the site says what its licence excepts (the About page's licence section), absolute. */
  readonly exceptionsUrl: string;
  /** The date the data are current to (ISO). */
  readonly asOf: string;
  /** Every source record, to name and link the ones each row cites. */
  readonly sources: readonly Source[];
}

/**
 * The columns every exported row carries after the chart's own: its sources (the original publisher, the site a copy
 * was read on and how close it is to the original), the "as of" date, who publishes the data set, and the row's licence.
 */
export const provenanceColumns = [
  'source_title',
  'source_publisher',
  'source_via',
  'source_kind',
  'source_url',
  'source_date',
  'as_of',
  'published_by',
  'licence',
  'licence_url',
] as const;

const several = 'Several sources are joined by “ | ” in the same order in every source_ column.';

/** The provenance columns described, for the data dictionary that comes with every download. */
export const provenanceDictionary: Readonly<Record<(typeof provenanceColumns)[number], ColumnDoc>> = {
  source_title: {
    type: 'text',
    meaning: `The headline of each source the row rests on; a description in [square brackets] where the page shows no headline. ${several}`,
  },
  source_publisher: { type: 'text', meaning: 'The original publisher of each source: the outlet whose text or figure it is.' },
  source_via: { type: 'text', meaning: 'For a copy or a report of a report, the site it was read on; otherwise empty.' },
  source_kind: { type: 'code', meaning: 'How close each source is to the original.' },
  source_url: { type: 'text', meaning: 'The address of each page that was read.' },
  source_date: {
    type: 'date',
    meaning: 'The publication date of each source, as precise as the page shows it, or “n.d.” where it shows none.',
  },
  as_of: { type: 'date', meaning: 'The date the site’s data are current to.' },
  published_by: { type: 'text', meaning: 'Who publishes this data set: the publisher of the site, not of the sources.' },
  licence: { type: 'code', meaning: 'The terms of the row’s data: the site’s own licence, or an exception for a third party’s figure.' },
  licence_url: { type: 'text', meaning: 'Where those terms are written: the licence itself, or the site’s note on what it excepts.' },
};

/** What each source_kind value means (the sources page uses the same words). */
export const sourceKindMeanings: Readonly<Record<SourceKind, string>> = {
  original: 'the publisher’s own page',
  official: 'the page of the state body, court or company the fact concerns',
  'wire-copy': 'another site’s copy of an agency’s or outlet’s text',
  mirror: 'a copy or translation of a reference work',
  aggregator: 'another site’s report of what the publisher reported',
};

/** What the source_kind column calls each kind: the English words of the sources page, read when a table is made. */
const kindLabels = () => creditWordsIn('en').kinds;

/** Every value the source_kind column can hold, with what it means. */
export function sourceKindCodes(): Readonly<Record<string, string>> {
  return Object.fromEntries(Object.entries(kindLabels()).map(([kind, label]) => [label, sourceKindMeanings[kind as SourceKind]]));
}

/** A table ready to write as CSV or JSON: the chart's columns then the provenance columns, one record per row. */
export interface ExportTable {
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, Cell>>[];
}

/** Joins several sources' values in one cell; a bar never appears inside a title or URL of the data. */
const SEPARATOR = ' | ';

/** Adds to each row its sources (title, publisher, URL, date), the "as of" date and the licence. */
export function exportTable(columns: readonly string[], rows: readonly DataRow[], context: ExportContext): ExportTable {
  const byId = new Map(context.sources.map((s) => [s.id, s]));
  const labels = kindLabels();
  return {
    columns: [...columns, ...provenanceColumns],
    rows: rows.map((row) => {
      const sources = row.sources.map((id) => {
        const source = byId.get(id);
        if (!source) throw new Error(`data export "${context.title}": source "${id}" does not exist in sources.json`);
        return source;
      });
      const join = (pick: (s: Source) => string) => sources.map(pick).join(SEPARATOR);
      return {
        ...row.fields,
        source_title: join((s) => (s.titleIsDescription ? `[${s.title}]` : s.title)),
        source_publisher: join((s) => s.publisher),
        source_via: join((s) => s.via ?? ''),
        source_kind: join((s) => labels[s.kind]),
        source_url: join((s) => s.url),
        source_date: join((s) => s.date),
        as_of: context.asOf,
        published_by: context.publisher,
        ...rowLicence(row.figureOwner, context.exceptionsUrl),
      };
    }),
  };
}

/** One CSV field, always quoted, inner quotes doubled (RFC 4180). */
function csvField(value: Cell): string {
  return `"${value === null ? '' : String(value).replaceAll('"', '""')}"`;
}

/**
 * The table as CSV that spreadsheets open correctly: a UTF-8 byte-order mark (so Excel reads “ and ’ right), a header
 * row, every field quoted, CRLF line ends (RFC 4180). Dates are already ISO in the rows.
 */
export function toCsv(table: ExportTable): string {
  const lines = [table.columns.map(csvField), ...table.rows.map((row) => table.columns.map((c) => csvField(row[c] ?? null)))];
  return `\uFEFF${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}

/**
 * The table as JSON: a header that credits it (site, publisher, licence and what the licence excepts), then the rows,
 * each with its own licence.
 */
export function toJson(table: ExportTable, context: ExportContext): string {
  const document = {
    title: context.title,
    site: context.site,
    url: context.siteUrl,
    publisher: context.publisher,
    credit: creditLine(context.site, context.publisher),
    as_of: context.asOf,
    licence: contentLicence.name,
    licence_url: contentLicence.url,
    licence_exceptions: licenceExceptions,
    licence_exceptions_url: context.exceptionsUrl,
    columns: table.columns,
    rows: table.rows,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

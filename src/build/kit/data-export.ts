import type { Source, SourceKind } from '../../data/schemas.ts';
import type { Cell, ColumnDoc, ColumnType, DataRow } from '../../charts/chart.ts';
import type { Locale } from '../../core/locale.ts';
import { creditWordsIn, nameIn } from '../../data/names-in.ts';
import { siteWords } from '../../data/site-words.ts';
import { contentLicence, creditLine, licenceExceptions, rowLicence } from './licence.ts';

/** What every exported row and file says about where it comes from, in the language of the download. */
export interface ExportContext {
  /** The chart's title, e.g. "Monthly reach of messengers in Russia". */
  readonly title: string;
  /** The site's name and its edition's home URL, for the credit. */
  readonly site: string;
  readonly siteUrl: string;
  /** Who publishes the site (src/core/publisher.ts), named in every file's credit. */
  readonly publisher: string;
  /** Where the site says what its licence excepts (the About page's licence section), absolute. */
  readonly exceptionsUrl: string;
  /** The date the data are current to (ISO). */
  readonly asOf: string;
  /** Every source record, its publisher spelt as the download's language spells it (datasetsIn). */
  readonly sources: readonly Source[];
  /** The language of the download: its headers, the data dictionary, the labels of codes and the README. */
  readonly locale: Locale;
}

/**
 * The columns every exported row carries after the chart's own, with their types: its sources (the original publisher,
 * the site a copy was read on and how close it is to the original), the "as of" date, who publishes the data set, and
 * the row's licence. Their headers and meanings are the site's words `data.column.*`.
 */
const provenanceTypes = {
  source_title: 'text',
  source_publisher: 'text',
  source_via: 'text',
  source_kind: 'code',
  source_url: 'text',
  source_date: 'date',
  as_of: 'date',
  published_by: 'text',
  licence: 'code',
  licence_url: 'text',
} as const satisfies Record<string, ColumnType>;

export type ProvenanceColumn = keyof typeof provenanceTypes;
export const provenanceColumns = Object.keys(provenanceTypes) as ProvenanceColumn[];

/** The provenance columns' headers in `locale` (in English, their names). */
export function provenanceHeaders(locale: Locale): Record<ProvenanceColumn, string> {
  const words = siteWords(locale);
  return Object.fromEntries(provenanceColumns.map((column) => [column, words[`data.column.${column}`]])) as Record<
    ProvenanceColumn,
    string
  >;
}

/** The provenance columns described in `locale`, for the data dictionary that comes with every download. */
export function provenanceDictionary(locale: Locale): Record<ProvenanceColumn, ColumnDoc> {
  const words = siteWords(locale);
  return Object.fromEntries(
    provenanceColumns.map((column) => [column, { type: provenanceTypes[column], meaning: words[`data.column.${column}.meaning`] }]),
  ) as Record<ProvenanceColumn, ColumnDoc>;
}

/** Every value the source_kind column can hold in `locale` (the sources page's words), with what it means. */
export function sourceKindCodes(locale: Locale): Readonly<Record<string, string>> {
  const words = siteWords(locale);
  return Object.fromEntries(
    Object.entries(creditWordsIn(locale).kinds).map(([kind, label]) => [label, words[`data.kind.${kind as SourceKind}`]]),
  );
}

/** A table ready to write as CSV or JSON: the chart's columns then the provenance columns, one record per row. */
export interface ExportTable {
  /** The columns by name, in order. */
  readonly columns: readonly string[];
  /** Each column's header in the download's language, by name (in English, the name itself). */
  readonly headers: Readonly<Record<string, string>>;
  /** Each row's values, by column name. */
  readonly rows: readonly Readonly<Record<string, Cell>>[];
}

/** Joins several sources' values in one cell; a bar never appears inside a title or URL of the data. */
export const SEPARATOR = ' | ';

/**
 * Adds to each row its sources (title, publisher, URL, date), the "as of" date and the licence, in the context's
 * language. `headers` are the chart's columns, in order, with their headers in that language (chartColumns).
 */
export function exportTable(headers: Readonly<Record<string, string>>, rows: readonly DataRow[], context: ExportContext): ExportTable {
  const byId = new Map(context.sources.map((s) => [s.id, s]));
  const { kinds } = creditWordsIn(context.locale);
  const noDate = siteWords(context.locale)['data.noDate'];
  return {
    columns: [...Object.keys(headers), ...provenanceColumns],
    headers: { ...headers, ...provenanceHeaders(context.locale) },
    rows: rows.map((row) => {
      const sources = row.sources.map((id) => {
        const source = byId.get(id);
        if (!source) throw new Error(`data export "${context.title}": source "${id}" does not exist in sources.json`);
        return source;
      });
      const join = (pick: (s: Source) => string) => sources.map(pick).join(SEPARATOR);
      const owner = row.figureOwner && nameIn(context.locale, row.figureOwner);
      return {
        ...row.fields,
        source_title: join((s) => (s.titleIsDescription ? `[${s.title}]` : s.title)),
        source_publisher: join((s) => s.publisher),
        source_via: join((s) => s.via ?? ''),
        source_kind: join((s) => kinds[s.kind]),
        source_url: join((s) => s.url),
        source_date: join((s) => (s.date === 'n.d.' ? noDate : s.date)),
        as_of: context.asOf,
        published_by: context.publisher,
        ...rowLicence(owner, context.exceptionsUrl, context.locale),
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
 * row in the table's language, every field quoted, CRLF line ends (RFC 4180). Dates are already ISO in the rows.
 */
export function toCsv(table: ExportTable): string {
  const lines = [
    table.columns.map((c) => csvField(table.headers[c]!)),
    ...table.rows.map((row) => table.columns.map((c) => csvField(row[c] ?? null))),
  ];
  return `\uFEFF${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}

/**
 * The table as JSON: a header that credits it (site, publisher, licence and what the licence excepts), then the rows,
 * each with its own licence, keyed by the CSV's headers.
 */
export function toJson(table: ExportTable, context: ExportContext): string {
  const document = {
    title: context.title,
    site: context.site,
    url: context.siteUrl,
    publisher: context.publisher,
    credit: creditLine(context.site, context.publisher, context.locale),
    as_of: context.asOf,
    licence: contentLicence.name,
    licence_url: contentLicence.url,
    licence_exceptions: licenceExceptions(context.locale),
    licence_exceptions_url: context.exceptionsUrl,
    columns: table.columns.map((c) => table.headers[c]!),
    rows: table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [table.headers[c]!, row[c]]))),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

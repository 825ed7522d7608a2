import type { Source } from '../../data/schemas.ts';
import type { Cell, DataRow } from '../../charts/chart.ts';
import { contentLicence } from './licence.ts';
import { kindLabels } from '../../data/source-credit.ts';

/** What every exported row and file says about where it comes from. */
export interface ExportContext {
  /** The chart's title, e.g. "Monthly reach of messengers in Russia". */
  readonly title: string;
  /** The site's name and canonical home URL, for the credit. */
  readonly site: string;
  readonly siteUrl: string;
  /** The date the data are current to (ISO). */
  readonly asOf: string;
  /** Every source record, to name and link the ones each row cites. */
  readonly sources: readonly Source[];
}

/**
 * The columns every exported row carries after the chart's own: its sources (the original publisher, the site a copy
 * was read on and how close it is to the original), the "as of" date and the licence.
 */
export const provenanceColumns = [
  'source_title',
  'source_publisher',
  'source_via',
  'source_kind',
  'source_url',
  'source_date',
  'as_of',
  'licence',
  'licence_url',
] as const;

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
        source_kind: join((s) => kindLabels[s.kind]),
        source_url: join((s) => s.url),
        source_date: join((s) => s.date),
        as_of: context.asOf,
        licence: contentLicence.name,
        licence_url: contentLicence.url,
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

/** The table as JSON: a header that credits and licenses it, then the rows. */
export function toJson(table: ExportTable, context: ExportContext): string {
  const document = {
    title: context.title,
    publisher: context.site,
    url: context.siteUrl,
    as_of: context.asOf,
    licence: contentLicence.name,
    licence_url: contentLicence.url,
    columns: table.columns,
    rows: table.rows,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

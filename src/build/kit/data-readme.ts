import type { ColumnDoc } from '../../charts/chart.ts';
import { formatEventDate } from '../../core/format.ts';
import { contentLicence, creditLine, licenceExceptions } from './licence.ts';
import { provenanceDictionary, sourceKindCodes, type ExportContext, type ExportTable } from './data-export.ts';

/** What a chart's README is written from. */
export interface ReadmeInput {
  readonly table: ExportTable;
  readonly context: ExportContext;
  /** The chart's own columns described (its export's dictionary); the provenance columns are described here. */
  readonly dictionary: Readonly<Record<string, ColumnDoc>>;
  /** The chart's own columns of codes, each code with the label the chart shows. */
  readonly codes: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The CSV's file name inside the zip, e.g. "user-shares.csv". */
  readonly csvName: string;
  /** Absolute addresses of the zip itself (cited) and of the same data as JSON. */
  readonly zipUrl: string;
  readonly jsonUrl: string;
}

/** Several sources share a cell, joined by this (data-export.ts). */
const SEPARATOR = ' | ';

/** A Markdown table cell: pipes escaped, so a value never splits its row. */
const cell = (text: string) => text.replaceAll('|', '\\|');

/** How the licence column's values read in the README: the site's own, or whose figure is excepted. */
function licenceCodes(values: ReadonlySet<string>): Record<string, string> {
  return Object.fromEntries(
    [...values].map((value) => [
      value,
      value === contentLicence.name
        ? `the site’s own data: share and adapt with credit (${contentLicence.url})`
        : 'a third party’s figure, which the site reports with its source; it is not the site’s to license',
    ]),
  );
}

/** Checks that every column is described and every code the rows use has a label; throws naming what is missing. */
function checkedCodes(
  input: ReadmeInput,
  docs: Readonly<Record<string, ColumnDoc>>,
  codes: Record<string, Readonly<Record<string, string>>>,
) {
  const where = `data zip "${input.context.title}"`;
  for (const column of input.table.columns) {
    const doc = docs[column];
    if (!doc) throw new Error(`${where}: column "${column}" has no entry in its chart's export dictionary`);
    if (doc.type === 'code' && !codes[column])
      throw new Error(`${where}: column "${column}" holds codes, but its chart's export gives none`);
  }
  for (const [column, labels] of Object.entries(codes)) {
    for (const row of input.table.rows) {
      const value = row[column];
      if (value === null || value === undefined || value === '') continue;
      for (const code of column.startsWith('source_') ? String(value).split(SEPARATOR) : [String(value)]) {
        if (!(code in labels)) throw new Error(`${where}: column "${column}" uses the code "${code}", which has no label`);
      }
    }
  }
}

/**
 * The README that comes with a chart's data: what the files are, a data dictionary (every column: name, type,
 * meaning, unit), every code mapped to the label the chart shows, a citation line, and the licence with its
 * exceptions, including which rows are a third party's figures. Plain Markdown, readable as text. Pure.
 */
export function dataReadme(input: ReadmeInput): string {
  const { table, context } = input;
  const docs: Record<string, ColumnDoc> = { ...input.dictionary, ...provenanceDictionary };
  const licences = new Set(table.rows.map((row) => String(row.licence)));
  const codes: Record<string, Readonly<Record<string, string>>> = {
    ...input.codes,
    source_kind: sourceKindCodes(),
    licence: licenceCodes(licences),
  };
  checkedCodes(input, docs, codes);

  const credit = creditLine(context.site, context.publisher);
  const lines = [
    `# ${context.title}: the data`,
    '',
    `From *${context.site}* (${context.siteUrl}), published by ${context.publisher}. The data are current to ${formatEventDate(context.asOf)}.`,
    '',
    'This zip holds:',
    '',
    `- \`${input.csvName}\`: ${table.rows.length} rows and ${table.columns.length} columns, each row with its sources and its licence. UTF-8 with a byte-order mark (so spreadsheets read curly quotes right), every field in double quotes, CRLF line ends, dates in ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD).`,
    '- `README.md`: this file.',
    '',
    `The same rows as JSON: ${input.jsonUrl}`,
    '',
    '## Columns',
    '',
    'An empty field means the value does not apply to that row.',
    '',
    '| Column | Type | Meaning | Unit |',
    '| --- | --- | --- | --- |',
    ...table.columns.map((column) => {
      const doc = docs[column]!;
      return `| \`${column}\` | ${doc.type} | ${cell(doc.meaning)} | ${cell(doc.unit ?? '')} |`;
    }),
    '',
    '## Codes',
    '',
    'Each column of type `code` holds one of these values. For the chart’s own columns, the label is what the chart and its data table show for it; for the provenance columns, what the value means.',
    ...Object.entries(codes)
      .filter(([column]) => table.columns.includes(column))
      .flatMap(([column, labels]) => [
        '',
        `### \`${column}\``,
        '',
        column in provenanceDictionary ? '| Value | Meaning |' : '| Code | Label |',
        '| --- | --- |',
        ...Object.entries(labels).map(([code, label]) => `| \`${cell(code)}\` | ${cell(label)} |`),
      ]),
    '',
    '## How to cite',
    '',
    `${context.publisher}. (${context.asOf.slice(0, 4)}). *${context.title}* [Data set]. ${context.site}. ${input.zipUrl}`,
    '',
    `Credit line for reuse: “${credit}”, with a link to ${context.siteUrl}.`,
    '',
    '## Licence',
    '',
    `The site’s own text, graphics and data, and this compilation, are published by ${context.publisher} under ${contentLicence.name} (${contentLicence.url}): you may share and adapt them for any purpose, including commercially, if you credit “${credit}” with a link, link to the licence and say if you changed anything.`,
    '',
    'Excepted, and not licensed by us:',
    '',
    ...licenceExceptions.map((exception) => `- ${exception}`),
    '',
    'In this file:',
    '',
    ...[...licences].map((value) => {
      const count = table.rows.filter((row) => row.licence === value).length;
      const rows = count === 1 ? '1 row' : `${count} rows`;
      return value === contentLicence.name
        ? `- ${rows} of ${table.rows.length}: the site’s own data, under ${contentLicence.name}.`
        : `- ${rows} of ${table.rows.length}: a third party’s figure, which its \`licence\` column marks “${value}”; the sources named in the row are where it was published.`;
    }),
    '- The `source_title` column quotes the sources’ headlines, which belong to their publishers.',
    '',
    `Where the site states these terms: ${context.exceptionsUrl}`,
    '',
  ];
  return lines.join('\n');
}

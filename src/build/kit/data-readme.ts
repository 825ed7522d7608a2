import type { ColumnDoc } from '../../charts/chart.ts';
import { fill } from '../../core/fill.ts';
import { formatEventDate, quote, stopAfter } from '../../core/format.ts';
import type { Locale } from '../../core/locale.ts';
import { siteWords } from '../../data/site-words.ts';
import { contentLicence, creditLine, licenceExceptions } from './licence.ts';
import { provenanceDictionary, SEPARATOR, sourceKindCodes, type ExportContext, type ExportTable } from './data-export.ts';

/** What a chart's README is written from, in the language of its context. */
export interface ReadmeInput {
  readonly table: ExportTable;
  readonly context: ExportContext;
  /** The chart's own columns described (chartColumns); the provenance columns are described here. */
  readonly dictionary: Readonly<Record<string, ColumnDoc>>;
  /** The chart's own columns of codes, each code with the label the chart shows. */
  readonly codes: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The CSV's file name inside the zip, e.g. "user-shares.csv". */
  readonly csvName: string;
  /** Absolute addresses of the zip itself (cited) and of the same data as JSON. */
  readonly zipUrl: string;
  readonly jsonUrl: string;
}

/** A Markdown table cell: pipes escaped, so a value never splits its row. */
const cell = (text: string) => text.replaceAll('|', '\\|');

/** How the licence column's values read in the README: the site's own, or whose figure is excepted. */
function licenceCodes(values: ReadonlySet<string>, locale: Locale): Record<string, string> {
  const words = siteWords(locale);
  return Object.fromEntries(
    [...values].map((value) => [
      value,
      value === contentLicence.name ? fill(words['data.licence.own'], { url: contentLicence.url }) : words['data.licence.thirdParty'],
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
    if (!doc) throw new Error(`${where}: column "${column}" has no entry in its data dictionary (its chart's words csv.${column}.meaning)`);
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
 * exceptions, including which rows are a third party's figures. Plain Markdown, readable as text, in the words of
 * the context's language (content/i18n/).
 */
export function dataReadme(input: ReadmeInput): string {
  const { table, context } = input;
  const { locale } = context;
  const words = siteWords(locale);
  const provenance = provenanceDictionary(locale);
  const docs: Record<string, ColumnDoc> = { ...input.dictionary, ...provenance };
  const licences = new Set(table.rows.map((row) => String(row.licence)));
  const codes: Record<string, Readonly<Record<string, string>>> = {
    ...input.codes,
    source_kind: sourceKindCodes(locale),
    licence: licenceCodes(licences, locale),
  };
  checkedCodes(input, docs, codes);

  const credit = creditLine(context.site, context.publisher, locale);
  // "14 April 2026", "14 апреля 2026 г.": a date that ends in its own full stop takes no other.
  const asOf = formatEventDate(context.asOf, undefined, {}, locale);
  const name = (column: string) => `\`${table.headers[column]}\``;
  const head = (...keys: ('column' | 'type' | 'meaning' | 'unit' | 'value' | 'code' | 'label')[]) => [
    `| ${keys.map((key) => words[`readme.head.${key}`]).join(' | ')} |`,
    `| ${keys.map(() => '---').join(' | ')} |`,
  ];
  const lines = [
    `# ${fill(words['readme.title'], { title: context.title })}`,
    '',
    fill(words['readme.intro'], {
      site: context.site,
      url: context.siteUrl,
      publisher: context.publisher,
      date: asOf,
      stop: stopAfter(asOf),
    }),
    '',
    words['readme.holds'],
    '',
    `- ${fill(words['readme.csv'], { file: input.csvName, rows: table.rows.length, columns: table.columns.length })}`,
    `- ${words['readme.readme']}`,
    '',
    fill(words['readme.json'], { url: input.jsonUrl }),
    '',
    `## ${words['readme.columns']}`,
    '',
    words['readme.empty'],
    '',
    ...head('column', 'type', 'meaning', 'unit'),
    ...table.columns.map((column) => {
      const doc = docs[column]!;
      return `| ${name(column)} | ${words[`readme.type.${doc.type}`]} | ${cell(doc.meaning)} | ${cell(doc.unit ?? '')} |`;
    }),
    '',
    `## ${words['readme.codes']}`,
    '',
    words['readme.codesIntro'],
    ...Object.entries(codes)
      .filter(([column]) => table.columns.includes(column))
      .flatMap(([column, labels]) => [
        '',
        `### ${name(column)}`,
        '',
        ...(column in provenance ? head('value', 'meaning') : head('code', 'label')),
        ...Object.entries(labels).map(([code, label]) => `| \`${cell(code)}\` | ${cell(label)} |`),
      ]),
    '',
    `## ${words['readme.cite']}`,
    '',
    fill(words['readme.citation'], {
      publisher: context.publisher,
      year: context.asOf.slice(0, 4),
      title: context.title,
      site: context.site,
      url: input.zipUrl,
    }),
    '',
    fill(words['readme.credit'], { credit: quote(credit, locale), url: context.siteUrl }),
    '',
    `## ${words['readme.licence']}`,
    '',
    fill(words['readme.licenceText'], {
      publisher: context.publisher,
      licence: contentLicence.name,
      url: contentLicence.url,
      credit: quote(credit, locale),
    }),
    '',
    words['readme.excepted'],
    '',
    ...licenceExceptions(locale).map((exception) => `- ${exception}`),
    '',
    words['readme.inFile'],
    '',
    ...[...licences].map((value) => {
      const count = table.rows.filter((row) => row.licence === value).length;
      const values = { count, total: table.rows.length };
      return value === contentLicence.name
        ? `- ${fill(words['readme.rowsOwn'], { ...values, licence: contentLicence.name })}`
        : `- ${fill(words['readme.rowsThirdParty'], { ...values, column: table.headers.licence!, value: quote(value, locale) })}`;
    }),
    `- ${fill(words['readme.titles'], { column: table.headers.source_title! })}`,
    '',
    fill(words['readme.terms'], { url: context.exceptionsUrl }),
    '',
  ];
  return lines.join('\n');
}

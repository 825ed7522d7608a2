import { describe, expect, it } from 'vitest';
import { charts } from '../../../src/charts/registry.ts';
import { exportTable, provenanceColumns, toCsv, toJson, type ExportContext } from '../../../src/build/kit/data-export.ts';
import { datasets } from '../../helpers/datasets.ts';
import { chartColumns } from '../../../src/build/kit/chart-columns.ts';

const context: ExportContext = {
  title: 'T',
  site: 'Site',
  siteUrl: 'https://example.org/',
  publisher: 'The Publisher',
  exceptionsUrl: 'https://example.org/about/#licence',
  asOf: '2026-04-14',
  sources: datasets.sources,
  locale: 'en',
};
const tableOf = (name: string) => {
  const chart = charts[name]!;
  return exportTable(chartColumns(chart, 'en').headers, chart.export.rows(chart.select(datasets), chart.words.en), context);
};

describe('chart data for downloads', () => {
  it.each(Object.entries(charts))('%s: every row has an ISO date, a real source, every column and the publisher', (_name, chart) => {
    const data = chart.export;
    const rows = data.rows(chart.select(datasets), chart.words.en);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Object.keys(row.fields)).toEqual(Object.keys(data.columns));
      const date = row.fields.month ?? row.fields.date;
      expect(String(date)).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(row.sources.length).toBeGreaterThan(0);
    }
    const table = exportTable(chartColumns(chart, 'en').headers, rows, context);
    for (const row of table.rows) {
      expect(row.source_url).toMatch(/^https?:\/\//);
      expect(row.source_title).not.toBe('');
      expect(row.as_of).toBe('2026-04-14');
      expect(row.published_by).toBe('The Publisher');
    }
  });
});

describe('the licence column, row by row', () => {
  it('marks every Mediascope figure as excepted, not CC BY, and links to where the site says so', () => {
    const reach = tableOf('user-shares').rows;
    expect(reach.length).toBeGreaterThan(0);
    for (const row of reach) {
      expect(row.measured_by).toBe('Mediascope');
      expect(row.licence).toBe('Excepted: Mediascope’s figure, not licensed by us');
      expect(row.licence_url).toBe('https://example.org/about/#licence');
    }
  });

  it('tells apart, in one file, Rosstat’s population count, Mediascope’s reach and nothing of the site’s own', () => {
    const licences = new Map(tableOf('population-coverage').rows.map((row) => [row.figure, row.licence]));
    expect(licences.get('population')).toBe('Excepted: Rosstat’s figure, not licensed by us');
    expect(licences.get('monthly reach')).toBe('Excepted: Mediascope’s figure, not licensed by us');
  });

  it('keeps the site’s own compilation of events under CC BY 4.0, with the licence’s address', () => {
    for (const row of tableOf('ban-sequence').rows) {
      expect(row.licence).toBe('CC BY 4.0');
      expect(row.licence_url).toBe('https://creativecommons.org/licenses/by/4.0/');
    }
  });
});

describe('CSV', () => {
  const table = exportTable(
    { name: 'name', n: 'n' },
    [{ fields: { name: 'She said "no", twice', n: 1.5 }, sources: [datasets.sources[0]!.id] }],
    context,
  );
  const csv = toCsv(table);

  it('starts with a UTF-8 byte-order mark, so spreadsheets read curly quotes right', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('quotes every field, doubles inner quotes and ends lines with CRLF', () => {
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).toBe(['name', 'n', ...provenanceColumns].map((c) => `"${c}"`).join(','));
    expect(row!.startsWith('"She said ""no"", twice","1.5",')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes an empty quoted field for a missing value', () => {
    const empty = toCsv(exportTable({ a: 'a' }, [{ fields: { a: null }, sources: [datasets.sources[0]!.id] }], context));
    expect(empty.split('\r\n')[1]!.startsWith('"",')).toBe(true);
  });

  it('refuses a row that cites a source sources.json does not have', () => {
    expect(() => exportTable({ a: 'a' }, [{ fields: { a: 1 }, sources: ['no-such-source'] }], context)).toThrow(/no-such-source/);
  });
});

describe('JSON', () => {
  it('credits the file to the site and its publisher, licenses it with its exceptions, and keeps the CSV columns', () => {
    const table = exportTable({ a: 'a' }, [{ fields: { a: 1 }, sources: [datasets.sources[0]!.id] }], context);
    const json = JSON.parse(toJson(table, context));
    expect(json).toMatchObject({
      title: 'T',
      site: 'Site',
      publisher: 'The Publisher',
      credit: 'CC BY 4.0 · Site · published by The Publisher',
      as_of: '2026-04-14',
      licence: 'CC BY 4.0',
    });
    expect(json.licence_exceptions.join(' ')).toMatch(/Mediascope’s/);
    expect(json.columns).toEqual(table.columns);
    expect(json.rows[0].source_url).toBe(datasets.sources[0]!.url);
  });
});

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ColumnDoc } from '../../../src/charts/chart.ts';
import { charts } from '../../../src/charts/registry.ts';
import { chartZipEntries } from '../../../src/build/kit/chart-zip.ts';
import { exportTable, provenanceDictionary, type ExportContext } from '../../../src/build/kit/data-export.ts';
import { dataReadme } from '../../../src/build/kit/data-readme.ts';
import { zipFiles } from '../../../src/build/kit/data-zip.ts';
import { datasets } from '../../helpers/datasets.ts';
import { chartColumns } from '../../../src/build/kit/chart-columns.ts';

const context = (title: string): ExportContext => ({
  title,
  site: 'Site',
  siteUrl: 'https://example.org/',
  publisher: 'The Publisher',
  exceptionsUrl: 'https://example.org/about/#licence',
  asOf: '2026-04-14',
  sources: datasets.sources,
  locale: 'en',
});
const addresses = (name: string) => ({ zip: `https://example.org/downloads/data/${name}.zip`, json: `https://example.org/${name}.json` });

/** The rows of a CSV as the downloads write it: BOM, every field quoted, CRLF. */
function parseCsv(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replaceAll('""', '"')));
}

/** The README's lines under one `### \`column\`` heading, up to the next heading. */
function section(readme: string, column: string): string[] {
  const lines = readme.split('\n');
  const start = lines.indexOf(`### \`${column}\``);
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.startsWith('#'));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe.each(Object.values(charts))('the zip of $name’s data', (chart) => {
  const rows = chart.export.rows(chart.select(datasets), chart.words.en);
  const columns = chartColumns(chart, 'en');
  const exported = {
    table: exportTable(columns.headers, rows, context(chart.words.en.title)),
    context: context(chart.words.en.title),
    columns,
    codes: chart.export.codes?.(chart.select(datasets), chart.words.en) ?? {},
  };
  const zip = zipFiles(chartZipEntries(chart.name, exported, addresses(chart.name)), '2026-04-14');
  const files = Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));
  const readme = files['README.md']!;
  const [header, ...body] = parseCsv(files[`${chart.name}.csv`]!);
  const docs: Readonly<Record<string, ColumnDoc>> = { ...columns.dictionary, ...provenanceDictionary('en') };

  it('holds the CSV and a README, and nothing else', () => {
    expect(Object.keys(files).sort()).toEqual(['README.md', `${chart.name}.csv`]);
    expect(body).toHaveLength(rows.length);
  });

  it('describes every CSV column on a line of its own: name, type and meaning', () => {
    for (const column of header!) {
      const line = readme.split('\n').find((l) => l.startsWith(`| \`${column}\` |`));
      expect(line, `no line for ${column}`).toMatch(/^\| `[\w]+` \| (text|number|date|code|id) \| [^|]{10,}/);
    }
  });

  it('maps every code the CSV uses to its label, one line each', () => {
    const codeColumns = header!.filter((column) => docs[column]?.type === 'code');
    expect(codeColumns).toEqual(expect.arrayContaining(['licence', 'source_kind']));
    for (const column of codeColumns) {
      const index = header!.indexOf(column);
      const used = new Set(body.flatMap((row) => (column.startsWith('source_') ? row[index]!.split(' | ') : [row[index]!])));
      used.delete('');
      expect(used.size, column).toBeGreaterThan(0);
      const lines = section(readme, column);
      for (const code of used) {
        expect(
          lines.some((l) => l.startsWith(`| \`${code.replaceAll('|', '\\|')}\` | `) && l.length > code.length + 8),
          `${column}: ${code}`,
        ).toBe(true);
      }
    }
  });

  it('gives a citation line naming the publisher and the zip, and the licence with its exceptions', () => {
    expect(readme).toContain(`The Publisher. (2026). *${chart.words.en.title}* [Data set]. Site. ${addresses(chart.name).zip}`);
    expect(readme).toContain('CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
    expect(readme).toContain('“CC BY 4.0 · Site · published by The Publisher”');
    expect(readme).toMatch(
      /Excepted, and not licensed by us:\n\n- quotations[^\n]*\n- third-party material[^\n]*Mediascope’s[^\n]*\n- names and logos/,
    );
    // Which rows the licence covers and which it excepts, counted.
    const licences = body.map((row) => row[header!.indexOf('licence')]!);
    for (const licence of new Set(licences)) {
      const count = licences.filter((l) => l === licence).length;
      expect(readme).toMatch(
        new RegExp(`^- ${count} of ${body.length} rows: .*${licence === 'CC BY 4.0' ? 'the site’s own data' : `“${licence}”`}`, 'm'),
      );
    }
  });
});

describe('the README refuses', () => {
  const chart = charts['user-shares']!;
  const columns = chartColumns(chart, 'en');
  const table = exportTable(columns.headers, chart.export.rows(chart.select(datasets), chart.words.en), context('T'));
  const codes = chart.export.codes!(chart.select(datasets), chart.words.en);
  const input = {
    table,
    context: context('T'),
    csvName: 'x.csv',
    zipUrl: 'https://example.org/x.zip',
    jsonUrl: 'https://example.org/x.json',
  };

  it('a column its chart does not describe', () => {
    const { month: _month, ...dictionary } = columns.dictionary;
    expect(() => dataReadme({ ...input, dictionary, codes })).toThrow(/column "month" has no entry in its data dictionary/);
  });

  it('a code the rows use that has no label', () => {
    const short = { ...codes, platform_id: { whatsapp: 'WhatsApp' } };
    expect(() => dataReadme({ ...input, dictionary: columns.dictionary, codes: short })).toThrow(
      /column "platform_id" uses the code "\S+", which has no label/,
    );
  });
});

describe('zipFiles', () => {
  it('gives the same bytes for the same files, whenever it runs', () => {
    const files = [{ name: 'a.txt', text: 'ä' }];
    expect(zipFiles(files, '2026-04')).toEqual(zipFiles(files, '2026-04'));
  });
});

import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/data/load-datasets.ts';
import { projectRoot } from '../helpers/paths.ts';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A copy of content/data with one file's JSON changed by `change`. */
async function withData(file: string, change: (records: Record<string, unknown>[]) => unknown): Promise<string> {
  return withText(file, (text) => JSON.stringify(change(JSON.parse(text)), null, 2));
}

/** A copy of content/data with one file's text changed by `change`. */
async function withText(file: string, change: (text: string) => string): Promise<string> {
  await mkdir(join(projectRoot, 'test/.tmp'), { recursive: true });
  dir = await mkdtemp(join(projectRoot, 'test/.tmp/data-'));
  await cp(join(projectRoot, 'content/data'), join(dir, 'content/data'), { recursive: true });
  const path = join(dir, 'content/data', file);
  await writeFile(path, change(await readFile(path, 'utf8')));
  return dir;
}

/** Every message loadDatasets throws for this copy, one a line. */
async function problems(root: string): Promise<string[]> {
  try {
    await loadDatasets(root);
  } catch (error) {
    return (error as Error).message.split('\n');
  }
  return [];
}

describe('loadDatasets', () => {
  it('loads the site data', async () => {
    const data = await loadDatasets(projectRoot);
    expect(data.population.map((p) => p.value)).toContain(146028325);
    expect(data.audience.find((r) => r.id === 'reach-2025-07-whatsapp')?.reach).toBe(97.3);
  });

  it.each([
    {
      case: 'a bad field',
      file: 'events.json',
      change: (r: Record<string, unknown>[]) => [{ ...r[0], category: 'ban' }, ...r.slice(1)],
      message: 'content/data/events.json: record "E01", field "category": must be one of: law, block',
    },
    {
      case: 'a record without an id',
      file: 'platforms.json',
      change: (r: Record<string, unknown>[]) => [...r, { name: 'ICQ', owner: 'VK', origin: 'domestic' }],
      message: 'content/data/platforms.json: record #19, field "id": is missing',
    },
    {
      case: 'an id used twice',
      file: 'platforms.json',
      change: (r: Record<string, unknown>[]) => [...r, r[0]],
      message: 'content/data/platforms.json: record "whatsapp", field "id": "whatsapp" is used twice',
    },
    {
      case: 'a file that is not an array',
      file: 'sources.json',
      change: () => ({}),
      message: 'content/data/sources.json: must hold a JSON array of records',
    },
    {
      case: 'an unknown source',
      file: 'population.json',
      change: (r: Record<string, unknown>[]) => [{ ...r[0], sources: ['rosstat-site'] }],
      message: 'content/data/population.json: record "rosstat-2025-01-01", field "sources.0": source "rosstat-site" does not exist',
    },
    {
      case: 'an unknown platform',
      file: 'audience.json',
      change: (r: Record<string, unknown>[]) => [{ ...r[0], platform: 'icq' }],
      message: 'content/data/audience.json: record "reach-2025-06-whatsapp", field "platform": platform "icq" does not exist',
    },
    {
      case: 'a reach above the population',
      file: 'audience.json',
      change: (r: Record<string, unknown>[]) => [{ ...r[0], reach: 973 }],
      message:
        'content/data/audience.json: record "reach-2025-06-whatsapp", field "reach": 973 million is more than the population (146,028,325)',
    },
  ])('names the file, record and field for $case', async ({ file, change, message }) => {
    await expect(loadDatasets(await withData(file, change))).rejects.toThrow(message);
  });

  it('gives the line and column of a JSON syntax error', async () => {
    // A trailing comma after the first record's last field.
    const root = await withText('platforms.json', (text) => text.replace(/("origin": "foreign")/, '$1,'));
    const [message] = await problems(root);
    expect(message).toMatch(/^content\/data\/platforms\.json: line \d+, column \d+: is not valid JSON: /);
    const text = await readFile(join(root, 'content/data/platforms.json'), 'utf8');
    const [, line, column] = /line (\d+), column (\d+)/.exec(message!)!;
    // The place named is the character right after the stray comma, on the line of the closing brace.
    const named = text.split('\n')[Number(line) - 1]!;
    expect(
      named
        .slice(Number(column) - 1)
        .trim()
        .startsWith('}'),
    ).toBe(true);
  });

  it('reports every bad record of every file at once', async () => {
    await withData('events.json', (r) => [{ ...r[0], category: 'ban' }, { ...r[1], date: 'soon' }, ...r.slice(2)]);
    const root = dir!;
    const audience = join(root, 'content/data/audience.json');
    const records = JSON.parse(await readFile(audience, 'utf8')) as Record<string, unknown>[];
    await writeFile(
      audience,
      JSON.stringify([{ ...records[0], perod: '2025-06' }, { ...records[1], source: 'nobody' }, ...records.slice(2)]),
    );
    const found = await problems(root);
    expect(found, found.join('\n')).toHaveLength(4);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/data\/events\.json: record "E01", field "category": must be one of/),
        expect.stringMatching(/^content\/data\/events\.json: record "E\d\d", field "date": must be a date/),
        expect.stringMatching(
          /^content\/data\/audience\.json: record "reach-[^"]+", field "perod": is not a known key; did you mean "period"\?/,
        ),
        expect.stringMatching(/^content\/data\/audience\.json: record "reach-[^"]+", field "source": source "nobody" does not exist/),
      ]),
    );
  });
});

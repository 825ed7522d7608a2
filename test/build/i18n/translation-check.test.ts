import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTranslations, sha256, translationTable } from '../../../src/build/i18n/translation-check.ts';
import { projectRoot } from '../../helpers/paths.ts';

const temp: string[] = [];
afterAll(async () => {
  for (const dir of temp) await rm(dir, { recursive: true, force: true });
});

/** A copy of content/chapters with `change` applied, and what the check says about it. */
async function checkedCopy(change: (dir: string) => Promise<void> = async () => undefined) {
  await mkdir(join(projectRoot, 'test/.tmp'), { recursive: true });
  const dir = await mkdtemp(join(projectRoot, 'test/.tmp/translations-'));
  temp.push(dir);
  await cp(join(projectRoot, 'content/chapters'), join(dir, 'content/chapters'), { recursive: true });
  await change(dir);
  const { errors, rows } = await checkTranslations(dir);
  return { messages: errors.map((e) => e.message), rows };
}

const english = (await readdir(join(projectRoot, 'content/chapters/en'))).filter((n) => n.endsWith('.mdx')).sort();
const first = english[0]!;
const en = (dir: string, name = first) => join(dir, 'content/chapters/en', name);
const ru = (dir: string, name = first) => join(dir, 'content/chapters/ru', name);
/** Replaces the first match of `find` in a file; throws when there is none, so that no case tests the unchanged text. */
async function edit(file: string, find: string | RegExp, replace: string) {
  const text = await readFile(file, 'utf8');
  const changed = text.replace(find, replace);
  if (changed === text) throw new Error(`${file}: nothing matches ${String(find)}`);
  await writeFile(file, changed);
}

describe('the Russian chapters against the English ones', () => {
  it('finds every chapter translated, up to date and alike in steps, citations, figures and quotes, and tables them', async () => {
    const { messages, rows } = await checkedCopy();
    expect(messages).toEqual([]);
    expect(rows.map((r) => [r.name, r.status])).toEqual(english.map((name) => [name, 'up to date']));
    for (const row of rows) expect(row.steps[1], row.name).toBe(row.steps[0]);
    const table = translationTable(rows).split('\n');
    expect(table[0]).toMatch(/^chapter\s+steps en\s+steps ru\s+Russian$/);
    expect(table).toHaveLength(english.length + 1);
  });

  const ruFile = `content/chapters/ru/${first}`;
  const cases: [string, (dir: string) => Promise<void>, RegExp][] = [
    [
      'an English chapter without its Russian twin',
      (dir) => rm(ru(dir)),
      new RegExp(`^${ruFile}: is missing: every chapter needs its Russian twin, translated from content/chapters/en/${first}$`),
    ],
    [
      'a Russian chapter without an English one',
      (dir) => writeFile(ru(dir, '99-extra.mdx'), '---\ntitle: Лишняя\n---\n'),
      /^content\/chapters\/ru\/99-extra\.mdx: has no English chapter content\/chapters\/en\/99-extra\.mdx/,
    ],
    [
      'a stale translation, whose English chapter changed since',
      (dir) => edit(en(dir), /\n\n([A-Z])/, '\n\nNewly written. $1'),
      new RegExp(
        `^${ruFile}: is stale: content/chapters/en/${first} has changed since it was translated .*; translate the change, then set translation.sha256 to [0-9a-f]{64}$`,
      ),
    ],
    [
      'a translation that does not record its source',
      (dir) => edit(ru(dir), /translation:\n {2}from: .*\n {2}sha256: .*\n/, ''),
      new RegExp(
        `^${ruFile}: front matter needs translation: \\{ from: ${first}, sha256: <sha256 of content/chapters/en/${first}> \\} as its first field$`,
      ),
    ],
    [
      'a step with another state',
      (dir) => edit(ru(dir), /state=\{\{ *from: "[^"]+"/, 'state={{ from: "2011"'),
      new RegExp(`^${ruFile}: step \\d+ differs from content/chapters/en/${first} \\(steps keep their order, id, chart and state\\)`),
    ],
    [
      'a step with another id',
      (dir) => edit(ru(dir), /<Step id="([^"]+)"/, '<Step id="$1-ru"'),
      /step \d+ differs from .*English .*Russian .*-ru"/,
    ],
    [
      'a citation left out',
      (dir) => edit(ru(dir), /\s*<Cite id="[^"]+" \/>/, ''),
      /: citations differ from content\/chapters\/en\/.*: missing /,
    ],
    [
      'a figure changed',
      (dir) => edit(ru(dir), /<EventDate id="E(\d+)"/, '<EventDate id="E01"'),
      /: figures differ from .*: missing <EventDate .*; extra <EventDate id="E01"/,
    ],
    ['a quote left out', (dir) => edit(ru(dir), /<Quote id="[^"]+" \/>/, ''), /: quotes differ from .*: missing /],
    // Russian typography, in the prose and in the front matter (russian-typography.ts has every rule's own case).
    [
      'a pair of straight quotes',
      (dir) => edit(ru(dir), /\n([^\n<>{}]*?)«([^»\n]*)»/, '\n$1"$2"'),
      /: Russian typography: quotes are «» outside and „“ inside, never straight ones: /,
    ],
    [
      'a dash without a no-break space before it',
      (dir) => edit(ru(dir), /\u00a0—/, ' —'),
      /: Russian typography: a no-break space before a dash: /,
    ],
    [
      'a quiz answer changed',
      (dir) => edit(ru(dir), /answer: (\w+)\n/, 'answer: E01\n'),
      /: front matter differs from .* beyond its words/,
    ],
  ];

  it.each(cases)('refuses %s, naming the Russian file and what to do', async (_what, change, says) => {
    const { messages, rows } = await checkedCopy(async (dir) => {
      await change(dir);
      // The twin keeps recording the English file it was translated from, unless the case is about that.
      const text = await readFile(ru(dir), 'utf8').catch(() => undefined);
      if (text && /sha256: /.test(text) && !/stale/.test(_what)) {
        await writeFile(ru(dir), text.replace(/sha256: [0-9a-f]{64}/, `sha256: ${sha256(await readFile(en(dir)))}`));
      }
    });
    expect(
      messages.some((m) => says.test(m)),
      messages.join('\n'),
    ).toBe(true);
    expect(rows.some((r) => r.status !== 'up to date')).toBe(true);
  });
});

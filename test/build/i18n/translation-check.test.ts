import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTranslations, sha256, translatedPages, translationTable } from '../../../src/build/i18n/translation-check.ts';
import { projectRoot } from '../../helpers/paths.ts';

const temp: string[] = [];
afterAll(async () => {
  for (const dir of temp) await rm(dir, { recursive: true, force: true });
});

/**
 * A copy of content/chapters (or of chapter `only` and its twin alone: a case about one chapter checks no other) with
 * `change` applied, and what the check says about it.
 */
async function checkedCopy(change: (dir: string) => Promise<void> = async () => undefined, only?: string) {
  await mkdir(join(projectRoot, 'test/.tmp'), { recursive: true });
  const dir = await mkdtemp(join(projectRoot, 'test/.tmp/translations-'));
  temp.push(dir);
  const copied = only
    ? ['content/i18n', `content/chapters/en/${only}`, `content/chapters/ru/${only}`]
    : ['content/chapters', 'content/i18n'];
  for (const path of copied) await cp(join(projectRoot, path), join(dir, path), { recursive: true });
  await change(dir);
  const { errors, rows } = await checkTranslations(dir);
  return { messages: errors.map((e) => e.message), rows };
}

const english = (await readdir(join(projectRoot, 'content/chapters/en'))).filter((n) => n.endsWith('.mdx')).sort();
const en = (dir: string, name: string) => join(dir, 'content/chapters/en', name);
const ru = (dir: string, name: string) => join(dir, 'content/chapters/ru', name);
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
    expect(table[0]).toMatch(/^file\s+steps en\s+steps ru\s+Russian$/);
    expect(table).toHaveLength(english.length + 1);
  });

  /** The first chapter whose Russian twin holds `construct`, so that each case edits a chapter that has what it edits. */
  const having = async (construct: RegExp) => {
    for (const name of english) if (construct.test(await readFile(ru(projectRoot, name), 'utf8'))) return name;
    throw new Error(`no Russian chapter holds ${String(construct)}`);
  };
  const ruOf = (name: string) => `content/chapters/ru/${name}`;
  const enOf = (name: string) => `content/chapters/en/${name}`;
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  /** Each case: what it is, the construct its chapter must hold, the change, and what the check must say. */
  const cases: [string, RegExp, (dir: string, name: string) => Promise<void>, (name: string) => RegExp][] = [
    [
      'an English chapter without its Russian twin',
      /./,
      (dir, name) => rm(ru(dir, name)),
      (name) =>
        new RegExp(`^${escape(ruOf(name))}: is missing: every chapter needs its Russian twin, translated from ${escape(enOf(name))}$`),
    ],
    [
      'a Russian chapter without an English one',
      /./,
      (dir) => writeFile(ru(dir, '99-extra.mdx'), '---\ntitle: Лишняя\n---\n'),
      () => /^content\/chapters\/ru\/99-extra\.mdx: has no English chapter content\/chapters\/en\/99-extra\.mdx/,
    ],
    [
      'a stale translation, whose English chapter changed since',
      /\n\n[А-Я]/,
      (dir, name) => edit(en(dir, name), /\n\n([A-Z])/, '\n\nNewly written. $1'),
      (name) =>
        new RegExp(
          `^${escape(ruOf(name))}: is stale: ${escape(enOf(name))} has changed since it was translated .*; translate the change, then set translation.sha256 to [0-9a-f]{64}$`,
        ),
    ],
    [
      'a translation that does not record its source',
      /translation:/,
      (dir, name) => edit(ru(dir, name), /translation:\n {2}from: .*\n {2}sha256: .*\n/, ''),
      (name) => new RegExp(`^${escape(ruOf(name))}: front matter needs translation: \\{ from: ${escape(name)}, sha256: [0-9a-f]{64} \\}`),
    ],
    [
      'a translation that records another source',
      /translation:/,
      (dir, name) => edit(ru(dir, name), /from: .*\n/, 'from: 01-another.mdx\n'),
      (name) =>
        new RegExp(`^${escape(ruOf(name))}: records translation.from: 01-another.mdx, but its English chapter is ${escape(enOf(name))}`),
    ],
    [
      'a step with another state',
      /state=\{\{ *from: "/,
      (dir, name) => edit(ru(dir, name), /state=\{\{ *from: "[^"]+"/, 'state={{ from: "2011"'),
      (name) =>
        new RegExp(
          `^${escape(ruOf(name))}: step \\d+ differs from ${escape(enOf(name))} \\(steps keep their order, id, chart and state\\)`,
        ),
    ],
    [
      'a step with another id',
      /<Step id="/,
      (dir, name) => edit(ru(dir, name), /<Step id="([^"]+)"/, '<Step id="$1-ru"'),
      () => /step 1 differs from .*English .*Russian .*-ru"/,
    ],
    [
      'an extra step at the end',
      /<\/Step>\s*<\/Scrolly>/,
      (dir, name) =>
        edit(ru(dir, name), /<\/Step>(\s*)<\/Scrolly>/, '</Step>$1<Step id="one-more" state={{}} alt="Ещё.">Ещё.</Step>$1</Scrolly>'),
      () => /: step \d+ differs from .*: English \(none\), Russian .*one-more/,
    ],
    [
      'a step without its alt text',
      /alt="/,
      (dir, name) => edit(ru(dir, name), /alt="[^"]*"/, 'alt=""'),
      () => /: step [a-z0-9-]+: alt is missing or empty, where .* has it$/,
    ],
    [
      'a citation left out',
      /<Cite id=/,
      (dir, name) => edit(ru(dir, name), /\s*<Cite id="[^"]+" \/>/, ''),
      () => /: citations differ from .*: missing (prose|step [a-z0-9-]+): /,
    ],
    [
      'a citation moved from a step into the prose around it',
      /<Step [^>]*>[^]*?<Cite id="[^"]+" \/>[^]*?<\/Scrolly>/,
      async (dir, name) => {
        const file = ru(dir, name);
        const text = await readFile(file, 'utf8');
        const cite = /<Step [^>]*>[^]*?(<Cite id="[^"]+" \/>)/.exec(text)![1]!;
        await writeFile(file, text.replace(cite, '').replace(/<\/Scrolly>/, `</Scrolly>\n\n${cite}\n`));
      },
      () => /: citations differ from .*: missing step [a-z0-9-]+: [^;]+; extra prose: /,
    ],
    [
      'a figure changed',
      /<EventDate id="E/,
      (dir, name) => edit(ru(dir, name), /<EventDate id="E(\d+)"/, '<EventDate id="E01"'),
      () => /: figures differ from .*: missing .*<EventDate .*; extra .*<EventDate id="E01"/,
    ],
    [
      'a placeholder left out of an alt text',
      /alt="[^"]*\{[a-z]+(:[^{}]*)?\}/,
      (dir, name) => edit(ru(dir, name), /(alt="[^"]*)\{[a-z]+(?::[^{}]*)?\}/, '$1'),
      () => /: figures differ from .*: missing step [a-z0-9-]+: \{/,
    ],
    [
      'a quote left out',
      /<Quote id=/,
      (dir, name) => edit(ru(dir, name), /<Quote id="[^"]+" \/>/, ''),
      () => /: quotes differ from .*: missing /,
    ],
    // Russian typography, in the prose and in the front matter (russian-typography.ts has every rule's own case).
    [
      'a pair of straight quotes',
      /«/,
      (dir, name) => edit(ru(dir, name), /«([^»\n]*)»/, '"$1"'),
      () => /: Russian typography: quotes are «» outside and „“ inside, never straight ones: /,
    ],
    [
      'a dash without a no-break space before it',
      /\u00a0—/,
      (dir, name) => edit(ru(dir, name), /\u00a0—/, ' —'),
      () => /: Russian typography: a no-break space before a dash: /,
    ],
    // English left in the Russian text (untranslated-english.ts has the rule's own cases).
    [
      'a sentence left in English',
      /\n\n[А-ЯЁ]/,
      (dir, name) => edit(ru(dir, name), /\n\n([А-ЯЁ])/, '\n\nNewly written. $1'),
      () =>
        /: the paragraph that starts on this line: English left untranslated: “Newly written” \(a name that stays in Latin letters belongs in content\/i18n\/latin-names\.json\)/,
    ],
    [
      'English words in a step’s alt text',
      /alt="[А-ЯЁ]/,
      (dir, name) => edit(ru(dir, name), /alt="([А-ЯЁ])/, 'alt="Bars for July. $1'),
      () => /: step "[^"]+": alt: English left untranslated: “Bars for July”/,
    ],
    [
      'English around the figures of a quiz answer',
      /answer: "\{[^",]*\}, на /,
      (dir, name) => edit(ru(dir, name), /(answer: "\{[^",]*\}), на /, '$1, on '),
      () => /: field "quiz\.\d+\.answer": English left untranslated: “on”/,
    ],
    [
      'a name taken off the list of names that stay in Latin letters',
      /Mediascope/,
      (dir) => edit(join(dir, 'content/i18n/latin-names.json'), /\n {2}"Mediascope",/, ''),
      () => /: English left untranslated: “Mediascope”/,
    ],
    [
      'a quiz answer changed',
      /answer: [A-Za-z]\w*\n/,
      (dir, name) => edit(ru(dir, name), /answer: ([A-Za-z]\w*)\n/, 'answer: E01\n'),
      () => /: front matter differs from .* beyond its words/,
    ],
  ];

  it.each(cases)('refuses %s, naming the Russian file and what to do', async (_what, construct, change, says) => {
    const name = await having(construct);
    const { messages, rows } = await checkedCopy((dir) => change(dir, name), name);
    expect(
      messages.some((m) => says(name).test(m)),
      messages.join('\n'),
    ).toBe(true);
    expect(rows.some((r) => r.status !== 'up to date')).toBe(true);
  });

  it('refuses a list of names that lists one twice, or one it could never find, and checks the chapters against the rest', async () => {
    const { messages, rows } = await checkedCopy((dir) =>
      edit(join(dir, 'content/i18n/latin-names.json'), /\n {2}"MAX",/, '\n  "MAX",\n  "MAX",\n  "Inc.",'),
    );
    expect(messages).toEqual([
      expect.stringMatching(/content\/i18n\/latin-names\.json.*\[\d+\] "MAX" is listed twice/),
      expect.stringMatching(/content\/i18n\/latin-names\.json.*\[\d+\] "Inc\." cannot be found whole in a text/),
    ]);
    expect(rows.every((r) => r.status === 'up to date')).toBe(true);
  });

  it('refuses a spelling of names that is not JSON, naming its line and column, or that spells a name empty or in the wrong quotes', async () => {
    const names = (dir: string) => join(dir, 'content/i18n/ru-names.json');
    const broken = await checkedCopy((dir) => edit(names(dir), /"TASS": "ТАСС",/, '"TASS": "ТАСС"'), english[0]);
    // The line after TASS's, where JSON.parse finds the comma missing.
    const line = (await readFile(names(projectRoot), 'utf8')).split('\n').findIndex((l) => l.includes('"TASS"')) + 2;
    expect(broken.messages).toEqual([
      expect.stringMatching(
        new RegExp(`content/i18n/ru-names\\.json.*line ${line}, column 3: is not valid JSON: Expected ',' or '\\}' after property value`),
      ),
    ]);
    const wrong = await checkedCopy(
      (dir) =>
        edit(names(dir), /"TASS": "ТАСС",\n {2}"The Moscow Times\/RBC": "[^"]*",/, '"TASS": " ",\n  "The Moscow Times/RBC": "\\"РБК\\"",'),
      english[0],
    );
    expect(wrong.messages).toEqual([
      expect.stringMatching(/content\/i18n\/ru-names\.json.*"TASS": must name the name in the translation/),
      expect.stringMatching(/content\/i18n\/ru-names\.json.*"The Moscow Times\/RBC": Russian typography: .*«»/),
    ]);
  });

  it('without a list of names, says so once and checks no chapter for English', async () => {
    const { messages } = await checkedCopy((dir) => rm(join(dir, 'content/i18n/latin-names.json')));
    expect(messages).toEqual([expect.stringMatching(/content\/i18n\/latin-names\.json.*is missing/)]);
  });

  it('reads neither an MDX comment nor code in the prose as English', async () => {
    const name = await having(/\n\n[А-ЯЁ]/);
    const { messages } = await checkedCopy(
      (dir) => edit(ru(dir, name), /\n\n([А-ЯЁ])/, '\n\n{/* Check the source again */} `curl` $1'),
      name,
    );
    expect(messages).toEqual([]);
  });

  it('takes a quiz written with its keys in another order, and a twin checked out with CRLF line endings, as they are', async () => {
    const name = await having(/\n {4}answer: /);
    const { messages } = await checkedCopy(async (dir) => {
      // "kind … answer" becomes "answer … kind" in every question of the twin's quiz.
      const file = ru(dir, name);
      const text = await readFile(file, 'utf8');
      const reordered = text.replace(/ {2}- kind: (\S+)\n((?: {4}.*\n)*?) {4}answer: (.*)\n/g, '  - answer: $3\n$2    kind: $1\n');
      expect(reordered).not.toBe(text);
      await writeFile(file, reordered);
      await writeFile(en(dir, name), (await readFile(en(dir, name), 'utf8')).replace(/\n/g, '\r\n'));
    }, name);
    expect(messages).toEqual([]);
  });
});

describe('the pages of the two editions', () => {
  it('refuses a page with no twin in the other edition, naming the file to add', async () => {
    const { messages } = await checkedCopy(async (dir) => {
      await cp(join(projectRoot, 'src/pages'), join(dir, 'src/pages'), { recursive: true });
      await writeFile(join(dir, 'src/pages/timeline.astro'), '<p>A new page.</p>\n');
      await writeFile(join(dir, 'src/pages/ru/press.astro'), '<p>Новая страница.</p>\n');
    }, english[0]);
    expect(messages).toEqual([
      'src/pages/ru/press.astro: has no English page: every Russian page is the twin of src/pages/press.astro',
      'src/pages/timeline.astro: has no Russian twin: add src/pages/ru/timeline.astro, its translation',
    ]);
  });
});

describe.each(translatedPages)('$ru, a page translated as a copy of its English file (translatedPages)', (page) => {
  /** A copy with the page's two files, the English one changed by `change`, and what the check says. */
  const checked = async (change?: (english: string) => string) =>
    checkedCopy(async (dir) => {
      for (const file of [page.en, page.ru]) await cp(join(projectRoot, file), join(dir, file), { recursive: true });
      if (change) await writeFile(join(dir, page.en), change(await readFile(join(dir, page.en), 'utf8')));
    }, english[0]);

  it('is up to date, and tabled, while the English file is the one it records', async () => {
    const { messages, rows } = await checked();
    expect(messages).toEqual([]);
    expect(rows.at(-1)).toMatchObject({ name: page.ru.split('/').slice(-2).join('/'), status: 'up to date' });
  });

  it('is stale once the English file changes, and says the hash to record after translating the change', async () => {
    const changed = (text: string) => `${text}<p>A sentence added to the English page.</p>\n`;
    const { messages, rows } = await checked(changed);
    const hash = sha256(changed(await readFile(join(projectRoot, page.en), 'utf8')));
    const was = sha256(await readFile(join(projectRoot, page.en)));
    expect(messages).toEqual([
      `${page.ru}: is stale: ${page.en} has changed since it was translated (sha256 ${was.slice(0, 12)}…, now ${hash.slice(0, 12)}…); translate the change, then record "Translated from ${page.en}, sha256 ${hash}"`,
    ]);
    expect(rows.at(-1)!.status).toBe('stale');
  });
});

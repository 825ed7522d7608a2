import { describe, expect, it } from 'vitest';
import { typedFacts } from '../../src/build/content/typed-facts.ts';
import { checkWith, type FixtureEdit } from '../helpers/fixture-build.ts';
import { datasets } from '../helpers/datasets.ts';

const file = 'content/data/glossary.json';
/** An edit of the glossary's record for TSPU, which is one line of the file. */
const tspu = (find: string, replace: string): FixtureEdit => ({
  file,
  find: new RegExp(`(\\{"id": "tspu".*)${find}`),
  replace: `$1${replace}`,
});

describe('the glossary’s data contract', () => {
  it('loads every term, with its definition printed from the data', () => {
    const ids = datasets.glossary.map((t) => t.id);
    for (const id of ['roskomnadzor', 'mediascope', 'monthly-reach', 'vpn', 'dns', 'national-dns', 'dpi', 'tspu'])
      expect(ids).toContain(id);
    for (const id of ['sovereign-internet-law', 'yarovaya-package', 'landing-law', 'whitelists']) expect(ids).toContain(id);
    const mediascope = datasets.glossary.find((t) => t.id === 'mediascope')!;
    expect(mediascope.definition).toContain('covers people aged 12 and over');
    expect(mediascope.definition).not.toContain('{claim:');
  });

  it('types no day by hand in a definition: a term names its timeline events, whose dates the glossary prints', () => {
    for (const term of datasets.glossary)
      expect(
        typedFacts(term.definition, datasets).filter((f) => f.kind === 'date'),
        term.id,
      ).toEqual([]);
  });

  it.each([
    {
      case: 'a source that does not exist',
      edit: tspu('"censored-planet-nd-tspu"', '"nobody-said-so"'),
      message: `${file}: record "tspu", field "sources.0": source "nobody-said-so" does not exist in sources.json`,
    },
    {
      case: 'a missing definition',
      edit: { file: 'content/i18n/en.json', find: /\n {2}"term\.tspu\.definition": "[^"]*",/, replace: '' },
      message: `content/i18n/en.json: term.tspu.definition: missing: every term of ${file} needs its definition here`,
    },
    {
      case: 'an event that does not exist',
      edit: tspu('"events": \\["E08"\\]', '"events": ["E99"]'),
      message: `${file}: record "tspu", field "events.0": event "E99" does not exist in events.json`,
    },
    {
      case: 'a "see also" term that does not exist',
      edit: tspu('"see": \\["dpi"', '"see": ["deep-packets"'),
      message: `${file}: record "tspu", field "see.0": term "deep-packets" does not exist in glossary.json`,
    },
    {
      case: 'a phrase that belongs to two terms',
      edit: {
        file: 'content/i18n/en-term-forms.json',
        find: '"technical means of countering threats"',
        replace: '"technical means of countering threats", "DPI"',
      },
      message: `content/i18n/en-term-forms.json: tspu: form "DPI" is also a form of "dpi"; a phrase may belong to one term only`,
    },
    {
      case: 'a Russian form of a term the glossary does not have',
      edit: { file: 'content/i18n/ru-term-forms.json', find: '"roskomnadzor": [', replace: '"roscomnadzor": [' },
      message: `content/i18n/ru-term-forms.json: roscomnadzor: names no term of ${file}`,
    },
    {
      case: 'a Russian chapter that links other terms than its English chapter, for want of a form',
      edit: {
        file: 'content/chapters/ru/04-a-decade-of-closing-doors.mdx',
        find: /национальн\S+ систем\S+ доменных имён/g,
        replace: 'НСДИ',
      },
      message:
        'content/chapters/ru/04-a-decade-of-closing-doors.mdx: glossary terms differ from content/chapters/en/04-a-decade-of-closing-doors.mdx: missing national-dns (a term missing here is written in a form that content/i18n/ru-term-forms.json does not list yet; an extra one, in a form that the English does not use)',
    },
  ])('stops the build on $case, naming the file, the term and the field', async ({ edit, message }) => {
    const { ok, output } = await checkWith([edit]);
    expect(ok).toBe(false);
    expect(output.split('\n').map((line) => line.trim())).toContain(message);
  });
});

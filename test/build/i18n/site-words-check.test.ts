import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { siteWordsErrors } from '../../../src/build/i18n/site-words-check.ts';
import { latinNamesFile } from '../../../src/build/i18n/untranslated-english.ts';
import { projectRoot } from '../../helpers/paths.ts';

const latinNames = JSON.parse(readFileSync(join(projectRoot, latinNamesFile), 'utf8')) as string[];
const english = JSON.parse(readFileSync(join(projectRoot, 'content/i18n/en.json'), 'utf8')) as Record<string, string>;
const russian = JSON.parse(readFileSync(join(projectRoot, 'content/i18n/ru.json'), 'utf8')) as Record<string, string>;
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A project root whose content/i18n holds the site's words, the file of `language` (Russian) replaced by `words`. */
function withRussian(words: string | Record<string, unknown>, language = 'ru'): string {
  const root = mkdtempSync(join(tmpdir(), 'site-words-'));
  roots.push(root);
  mkdirSync(join(root, 'content'));
  cpSync(join(projectRoot, 'content/i18n'), join(root, 'content/i18n'), { recursive: true });
  writeFileSync(join(root, `content/i18n/${language}.json`), typeof words === 'string' ? words : JSON.stringify(words, null, 2));
  return root;
}
const messages = async (root: string) => (await siteWordsErrors(root, latinNames)).map((error) => error.message);

describe('the site words check', () => {
  it('passes the site’s words, the Russian ones held to Russian typography and the Latin names list', async () => {
    expect(await messages(projectRoot)).toEqual([]);
  });

  it('names each Russian word missing, empty or added, and a placeholder lost, by file and key', async () => {
    const { skipLink: _dropped, ...rest } = russian;
    const ru = { ...rest, siteNav: ' ', footer: 'Каждая цифра ведёт к источнику.', extra: 'Лишнее' };
    expect(await messages(withRussian(ru))).toEqual([
      `content/i18n/ru.json: skipLink: missing (English: "${english.skipLink}")`,
      'content/i18n/ru.json: siteNav: empty',
      `content/i18n/ru.json: footer: "Каждая цифра ведёт к источнику." has no placeholder where the English has the placeholder {sources}`,
      'content/i18n/ru.json: extra: no such key in the English words',
    ]);
  });

  it('names a JSON syntax error by line and column, and a value that is not text', async () => {
    expect(await messages(withRussian('{\n  "skipLink": "Перейти",\n}'))).toEqual([
      expect.stringMatching(/^content\/i18n\/ru\.json: line 3, column 1: is not valid JSON/),
    ]);
    expect(await messages(withRussian({ ...russian, skipLink: 7 }))).toEqual(['content/i18n/ru.json: skipLink: must be text']);
    expect(await messages(withRussian({ ...english, 'nav.about': ['About'] }, 'en'))).toEqual([
      'content/i18n/en.json: nav.about: must be text',
    ]);
  });

  it('holds the Russian words to Russian typography and finds English left in them', async () => {
    expect(await messages(withRussian({ ...russian, skipLink: 'Skip к содержанию', siteNav: 'Разделы - сайта' }))).toEqual([
      'content/i18n/ru.json: skipLink: English left untranslated: “Skip” (a name that stays in Latin letters belongs in content/i18n/latin-names.json)',
      'content/i18n/ru.json: siteNav: Russian typography: a dash, not a hyphen, between words: “Разделы - сайта”',
    ]);
  });
});

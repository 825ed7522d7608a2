import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latinNamesFile, latinNamesSchema, untranslatedEnglish } from '../../../src/build/i18n/untranslated-english.ts';
import { projectRoot } from '../../helpers/paths.ts';

const names = ['WhatsApp', 'MAX', 'VK', 'VK Messenger', 'The Moscow Times', 'Human Rights Watch'];

describe('English left in a Russian text', () => {
  it('finds nothing in Russian with the listed names, whatever ends or follows them', () => {
    expect(untranslatedEnglish('Охват WhatsApp, MAX и VK Messenger (по данным The Moscow Times).', names)).toEqual([]);
    expect(untranslatedEnglish('Данные VK\u00a0Messenger и VK.', names)).toEqual([]);
  });

  it('finds each run of English words, and the words a name leaves over', () => {
    expect(untranslatedEnglish('Охват WhatsApp was falling, а MAX rose.', names)).toEqual(['was falling', 'rose']);
    expect(untranslatedEnglish('По данным The Moscow Gazette.', names)).toEqual(['The Moscow Gazette']);
    expect(untranslatedEnglish('Доклад Human Rights Watch report.', names)).toEqual(['report']);
  });

  it('finds a Latin letter inside a Russian word, which looks the same and is not, even one that is also a name', () => {
    expect(untranslatedEnglish('Мeссенджер', names)).toEqual(['e']);
    expect(untranslatedEnglish('Xорошо', [...names, 'X'])).toEqual(['X']);
  });

  it('lets Roman numerals pass, as Russian writes them', () => {
    expect(untranslatedEnglish('В XXI веке, во II квартале.', names)).toEqual([]);
  });

  it('reads the project’s list of names, each once', () => {
    const list = latinNamesSchema.parse(JSON.parse(readFileSync(join(projectRoot, latinNamesFile), 'utf8')));
    expect(list).toEqual(expect.arrayContaining(['WhatsApp', 'MAX', 'Mediascope']));
    expect(latinNamesSchema.safeParse(['MAX', 'MAX']).success).toBe(false);
    expect(latinNamesSchema.safeParse(['Роскомнадзор']).success).toBe(false);
    expect(latinNamesSchema.safeParse(['2GIS', 'O’Reilly']).success).toBe(true);
    expect(latinNamesSchema.safeParse(['Inc.']).success, 'a name the check could never find whole').toBe(false);
  });
});

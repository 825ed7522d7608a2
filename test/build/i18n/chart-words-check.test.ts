import { describe, expect, it } from 'vitest';
import { chartWordsErrors } from '../../../src/build/i18n/chart-words-check.ts';
import { ContentError } from '../../../src/data/content-error.ts';
import { charts } from '../../../src/charts/registry.ts';
import { latinNamesFile } from '../../../src/build/i18n/untranslated-english.ts';
import { projectRoot } from '../../helpers/paths.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('the chart words check', () => {
  it('passes every chart of the site, its Russian words held to Russian typography and the Latin names list', () => {
    const latinNames = JSON.parse(readFileSync(join(projectRoot, latinNamesFile), 'utf8')) as string[];
    expect(chartWordsErrors(charts, latinNames)).toEqual([]);
  });

  it('reports a mistake as a content error naming the chart’s words file, the language and the key', () => {
    const errors = chartWordsErrors({
      tally: { name: 'tally', words: { en: { title: 'Events', heading: 'Events, {from}–{to}' }, ru: { title: 'События', heading: '' } } },
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(ContentError);
    expect(errors[0]!.message).toBe('src/charts/tally/words.ts: ru.heading: empty');
  });

  it('holds Russian words to Russian typography and finds English left in them, given the Latin names', () => {
    const tally = {
      name: 'tally',
      words: {
        en: { title: 'Events', heading: 'Events, {from}–{to}', note: 'Hollow: reported' },
        ru: { title: 'События', heading: 'События, {from} – {to}', note: 'Hollow: по сообщениям Mediascope' },
      },
    };
    expect(chartWordsErrors({ tally }, ['Mediascope']).map((error) => error.message)).toEqual([
      'src/charts/tally/words.ts: ru.heading: Russian typography: a no-break space before a dash: “События, 1 – 1” in “События, {from} – {to}”',
      'src/charts/tally/words.ts: ru.note: English left untranslated: “Hollow” (a name that stays in Latin letters belongs in content/i18n/latin-names.json)',
    ]);
    expect(chartWordsErrors({ tally })).toEqual([]);
  });
});

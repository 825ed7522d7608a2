import { placeholder } from '../../core/fill.ts';
import { russianTypography } from './russian-typography.ts';
import { untranslatedEnglish } from './untranslated-english.ts';

/**
 * What breaks the Russian edition's rules in a set of Russian words (a chart's, or the site's), one line each, keyed
 * `key: …`: Russian typography (russian-typography.ts) and English left untranslated outside the names a Russian text
 * keeps in Latin letters (untranslated-english.ts). A placeholder stands for a figure or a name filled in later, and
 * is read as a figure.
 */
export function russianWordsProblems(words: Readonly<Record<string, string>>, latinNames: readonly string[]): string[] {
  return Object.entries(words).flatMap(([key, template]) => {
    const text = template.replace(placeholder, '1');
    // Where a placeholder was read as a figure, the excerpt is not the file's text: the whole value is quoted too.
    const inFile = text === template ? '' : ` in “${template}”`;
    return [
      ...russianTypography(text).map(({ rule, at }) => `${key}: ${rule}: “${at}”${inFile}`),
      ...untranslatedEnglish(text, latinNames).map((english) => `${key}: untranslated English “${english}”`),
    ];
  });
}

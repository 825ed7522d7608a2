import { figurePlaceholder, placeholder } from '../../core/fill.ts';
import { russianTypography } from './russian-typography.ts';
import { latinNamesFile, untranslatedEnglish } from './untranslated-english.ts';

/**
 * What breaks the Russian edition's rules in one Russian text, one line each: Russian typography (russian-typography.ts)
 * and, given the names a Russian text keeps in Latin letters, English left untranslated (untranslated-english.ts),
 * read in `english` (the text with what is not words left out; the text itself by default). `quoted` follows each
 * typography finding, to show where its excerpt comes from. The Russian chapters (translation-check.ts) and the
 * Russian words (below) are held to these same rules, in these same words.
 */
export function russianTextProblems(
  text: string,
  latinNames: readonly string[] | undefined,
  { english = text, quoted = '' }: { english?: string; quoted?: string } = {},
): string[] {
  return [
    ...russianTypography(text).map(({ rule, at }) => `Russian typography: ${rule}: “${at}”${quoted}`),
    ...(latinNames ? untranslatedEnglish(english, latinNames) : []).map(
      (word) => `English left untranslated: “${word}” (a name that stays in Latin letters belongs in ${latinNamesFile})`,
    ),
  ];
}

/**
 * What breaks the Russian edition's rules in a set of Russian words (a chart's, or the site's), one line each, keyed
 * `key: …` (russianTextProblems). A placeholder stands for a figure or a name filled in later, and is read as a figure.
 */
export function russianWordsProblems(words: Readonly<Record<string, string>>, latinNames: readonly string[]): string[] {
  return Object.entries(words).flatMap(([key, template]) => {
    const text = template.replace(placeholder, '1').replace(figurePlaceholder, '1');
    // Where a placeholder was read as a figure, the excerpt is not the file's text: the whole value is quoted too.
    const quoted = text === template ? '' : ` in “${template}”`;
    return russianTextProblems(text, latinNames, { quoted }).map((problem) => `${key}: ${problem}`);
  });
}

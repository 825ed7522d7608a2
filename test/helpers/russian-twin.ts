import { sha256 } from '../../src/build/i18n/translation-check.ts';

/**
 * The Russian twin a fixture chapter needs beside its English file (src/build/i18n/translation-check.ts): the same
 * file name under content/chapters/ru/, its front matter first recording the English file's sha256. Its words stay
 * English: the tests that add a chapter are about something else, and the twin only has to keep the English skeleton.
 */
export function russianTwin(name: string, english: string): { readonly file: string; readonly content: string } {
  const rest = english.replace(/^---\r?\n/, '');
  return { file: `content/chapters/ru/${name}`, content: `---\ntranslation:\n  from: ${name}\n  sha256: ${sha256(english)}\n${rest}` };
}

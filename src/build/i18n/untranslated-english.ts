import { z } from 'zod';

/**
 * The names a Russian text keeps in Latin letters, relative to the project root: platforms, companies, newsrooms and
 * the terms a Russian reader meets in Latin letters too (WhatsApp, MAX, Mediascope, VPN…). Every other run of Latin
 * letters in a Russian chapter is English left untranslated (issue 25).
 */
export const latinNamesFile = 'content/i18n/latin-names.json';

/** The list's contract: names of one or more words in Latin letters, each once, each of which the check can find whole. */
export const latinNamesSchema = z
  .array(
    z
      .string()
      .regex(
        /^[A-Za-z0-9][A-Za-z0-9'’&.-]*(?: [A-Za-z0-9][A-Za-z0-9'’&.-]*)*$/,
        'a name is one or more words in Latin letters, one space apart',
      ),
  )
  .min(1)
  .superRefine((names, ctx) => {
    const seen = new Set<string>();
    names.forEach((name, i) => {
      if (seen.has(name)) ctx.addIssue({ code: 'custom', path: [i], message: `"${name}" is listed twice` });
      else if (untranslatedEnglish(name, [name]).length > 0)
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `"${name}" cannot be found whole in a text: begin and end it with a letter or a digit`,
        });
      seen.add(name);
    });
  });

/**
 * A word in Latin letters, with the digits, hyphens, apostrophes and dots inside it ("Group4Media", "O’Reilly", "2GIS");
 * a dot that ends it is the sentence's.
 */
const latinWord = /[0-9]*[A-Za-z][A-Za-z0-9]*(?:[-'’&.][A-Za-z0-9]+)*/g;
/** A Roman numeral ("XXI век", "II квартал"), which Russian writes in Latin letters. */
const roman = /^[IVXLCDM]+$/;
/** A Russian letter: a Latin word that touches one is a Latin letter typed inside a Russian word. */
const cyrillic = /[\u0400-\u04ff]/;

/**
 * The English that `text` holds: each run of Latin words that the listed names do not cover, in the order they come.
 * A name of several words covers them only together and in order ("The Moscow Times"); where names and other words
 * meet in one run, the longest name at each word wins and the words left over are reported together. Roman numerals
 * pass; a Latin word that touches a Russian letter is reported whatever the list says.
 */
export function untranslatedEnglish(text: string, names: readonly string[]): string[] {
  const listed = new Set(names);
  const longest = Math.max(1, ...names.map((name) => name.split(' ').length));
  const words = [...text.matchAll(latinWord)];
  const spelt = words.map((word) => word[0]);
  /** Whether only white space lies between word `i` and the word before it. */
  const joined = (i: number) => i > 0 && /^\s+$/.test(text.slice(words[i - 1]!.index + spelt[i - 1]!.length, words[i]!.index));
  const found: string[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length) found.push(pending.join(' '));
    pending = [];
  };
  for (let i = 0; i < words.length;) {
    const word = spelt[i]!;
    const at = words[i]!.index;
    if (cyrillic.test(text[at - 1] ?? '') || cyrillic.test(text[at + word.length] ?? '')) {
      flush();
      found.push(word);
      i += 1;
      continue;
    }
    // The longest listed name that starts here, among the words of this run.
    let end = i + 1;
    while (end < words.length && end - i < longest && joined(end)) end += 1;
    let covered = 0;
    for (let j = end; j > i && covered === 0; j--) if (listed.has(spelt.slice(i, j).join(' '))) covered = j - i;
    if (covered === 0 && roman.test(word)) covered = 1;
    if (covered > 0) {
      flush();
      i += covered;
      continue;
    }
    if (!joined(i)) flush();
    pending.push(word);
    i += 1;
  }
  flush();
  return found;
}

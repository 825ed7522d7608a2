import { z } from 'zod';

/**
 * The names a Russian text keeps in Latin letters, relative to the project root: platforms, companies, newsrooms and
 * the terms a Russian reader meets in Latin letters too (WhatsApp, MAX, Mediascope, VPN…). Every other run of Latin
 * letters in a Russian chapter is English left untranslated (issue 25).
 */
export const latinNamesFile = 'content/i18n/latin-names.json';

/** The list's contract: names of one or more words in Latin letters, each once. */
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
      seen.add(name);
    });
  });

/** A word in Latin letters, with the hyphens, apostrophes and dots inside it ("Group4Media", "O’Reilly"); a dot that ends it is the sentence's. */
const latinWord = /[A-Za-z][A-Za-z0-9]*(?:[-'’&.][A-Za-z0-9]+)*/g;

/**
 * The English that `text` holds: each run of Latin words that the listed names do not cover, in the order they come.
 * A name of several words covers them only together and in order ("The Moscow Times"); where names and other words
 * meet in one run, the longest name at each word wins and the words left over are reported together.
 */
export function untranslatedEnglish(text: string, names: readonly string[]): string[] {
  const listed = new Set(names);
  const longest = Math.max(1, ...names.map((name) => name.split(' ').length));
  const words = [...text.matchAll(latinWord)];
  const found: string[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length) found.push(pending.join(' '));
    pending = [];
  };
  for (let i = 0; i < words.length;) {
    // Words of one run: only white space between them.
    let end = i + 1;
    while (end < words.length && end - i < longest) {
      const before = words[end - 1]!;
      if (!/^\s+$/.test(text.slice(before.index + before[0].length, words[end]!.index))) break;
      end += 1;
    }
    let covered = 0;
    for (let j = end; j > i && covered === 0; j--) {
      if (
        listed.has(
          words
            .slice(i, j)
            .map((w) => w[0])
            .join(' '),
        )
      )
        covered = j - i;
    }
    if (covered > 0) {
      flush();
      i += covered;
      continue;
    }
    const word = words[i]!;
    const previous = words[i - 1];
    const joined = previous !== undefined && /^\s+$/.test(text.slice(previous.index + previous[0].length, word.index));
    if (!joined) flush();
    pending.push(word[0]);
    i += 1;
  }
  flush();
  return found;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Locale } from '../core/locale.ts';
import { phraseKey } from './glossary-match.ts';
import { kebabId } from './schemas.ts';

/**
 * The other forms in which each language's prose writes a glossary term, one file a language: the English aliases
 * ("deep packet inspection" for DPI) in content/i18n/en-term-forms.json, the Russian cases ("Роскомнадзора",
 * "Роскомнадзором") in ru-term-forms.json. They are what the chapters' links to the glossary match, not words a
 * reader sees, so a language lists only the terms it needs them for; the term itself is a site word (`term.<id>`).
 */
export const termFormsFiles: Readonly<Record<Locale, string>> = {
  en: 'content/i18n/en-term-forms.json',
  ru: 'content/i18n/ru-term-forms.json',
};

/** The file's contract: a glossary term's id, to the other forms of the term that the language's prose uses. */
export const termFormsSchema = z.record(kebabId, z.array(z.string().trim().min(1, 'must hold a word')).min(1, 'must list a form'));

/**
 * `locale`'s forms of the glossary's terms, read from the project the build runs in (or the one at `root`). Throws,
 * naming the file, when it is not JSON or not the contract (the content check reports such a mistake in full: by line
 * and column, and for each entry).
 */
export function termFormsIn(locale: Locale, root: string = process.cwd()): Readonly<Record<string, readonly string[]>> {
  const file = termFormsFiles[locale];
  try {
    return termFormsSchema.parse(JSON.parse(readFileSync(join(root, file), 'utf8')));
  } catch (error) {
    throw new Error(
      `${file}: ${error instanceof z.ZodError ? error.issues.map((i) => `"${i.path.join('.')}": ${i.message}`).join('; ') : (error as Error).message}`,
    );
  }
}

/**
 * What is wrong with one language's glossary phrases (each term with its forms): a form for no term, a phrase with no
 * word, and a phrase that belongs to two terms (as the prose matcher reads it), which would leave the linker to guess.
 * Each as `<id>: …`, for the file that holds the form.
 */
export function termPhrasesProblems(
  terms: readonly { readonly id: string; readonly term: string }[],
  forms: Readonly<Record<string, readonly string[]>>,
): string[] {
  const problems: string[] = [];
  const ids = new Set(terms.map((t) => t.id));
  for (const id of Object.keys(forms)) if (!ids.has(id)) problems.push(`${id}: names no term of content/data/glossary.json`);
  const owner = new Map<string, string>();
  for (const { id, term } of terms)
    [term, ...(forms[id] ?? [])].forEach((phrase, i) => {
      const where = i === 0 ? `${id}: the term "${phrase}"` : `${id}: form "${phrase}"`;
      const key = phraseKey(phrase);
      const other = owner.get(key);
      if (!key) problems.push(`${where} must hold a word, not only quotation marks`);
      else if (other !== undefined && other !== id)
        problems.push(`${where} is also a form of "${other}"; a phrase may belong to one term only`);
      else owner.set(key, id);
    });
  return problems;
}

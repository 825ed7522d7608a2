import type { GlossaryTerm } from './schemas.ts';

/**
 * Finding glossary terms in a reader's text, for the chapters' links to the glossary and a handout's list of terms.
 *
 * How a phrase (a term or one of its aliases) matches:
 * - quotation marks in the text are ignored, so the alias "sovereign internet law" matches `the "sovereign internet" law`;
 * - spaces match any run of white space, and the first letter matches either case ("Monthly reach" at the start of a
 *   sentence), the rest as written ("DNS", not "dns");
 * - it stands as a word of its own, with an optional plural "s" ("VPNs"), so "DNS" is not found in "DNSSEC";
 * - where phrases overlap, the one that starts first wins, then the longest ("national DNS" before "DNS");
 * - ё and е are the same letter, as Russian print often writes them ("доменных имен" matches "доменных имён").
 * A match inside a quotation of someone's words is marked `quoted`: a quotation keeps its words as spoken. A term that
 * is itself in quotation marks (`"whitelists"`, `"Yarovaya"`) is not a quotation of anyone and is not marked.
 */

/** One place a term occurs in a text. */
export interface TermMatch {
  /** The glossary term's id. */
  readonly id: string;
  /** Where the words start and end in the text (end exclusive), taking in a quotation mark that opens inside them. */
  readonly start: number;
  readonly end: number;
  /** True inside a quotation of someone's words, which is never linked. */
  readonly quoted: boolean;
}

/** Finds every term of a glossary in a text, in order, without overlaps. */
export type TermMatcher = (text: string) => TermMatch[];

/** Double quotation marks, straight and typographic. A single ’ is an apostrophe as often as a quote, so it is not one. */
const quoteMark = /["“”„«»]/;

/** A phrase as the matcher reads it: quotation marks gone, white space single; "" when nothing is left. */
export function phraseKey(phrase: string): string {
  const words = fold(phrase).text.trim().replace(/\s+/g, ' ');
  return words.charAt(0).toLowerCase() + words.slice(1);
}

/** A matcher for the terms and aliases of a glossary. */
export function termMatcher(terms: readonly Pick<GlossaryTerm, 'id' | 'term' | 'aliases'>[]): TermMatcher {
  const phrases = terms
    .flatMap((t) => [t.term, ...t.aliases].map((phrase) => ({ id: t.id, key: phraseKey(phrase) })))
    .filter((p) => p.key !== '')
    .sort((a, b) => b.key.length - a.key.length);
  if (phrases.length === 0) return () => [];
  const alternatives = phrases.map((p) => `(${phrasePattern(p.key)})`).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})s?(?![\\p{L}\\p{N}])`, 'gu');

  return (text) => {
    const folded = fold(text);
    const quotations = quotationsOf(text);
    const found: TermMatch[] = [];
    for (const m of folded.text.matchAll(pattern)) {
      const which = m.slice(1).findIndex((group) => group !== undefined);
      let start = folded.at[m.index]!;
      let end = folded.at[m.index + m[0].length - 1]! + 1;
      // A quotation mark that opens or closes inside the words pairs with one just outside them: take that one in.
      const marks = [...text.slice(start, end)].filter((c) => quoteMark.test(c)).length;
      if (marks % 2 === 1) {
        if (start > 0 && quoteMark.test(text[start - 1]!)) start -= 1;
        else if (end < text.length && quoteMark.test(text[end]!)) end += 1;
      }
      const words = phraseKey(text.slice(start, end));
      const quoted = quotations.some(([open, close]) => open < start && close >= end && phraseKey(text.slice(open + 1, close)) !== words);
      found.push({ id: phrases[which]!.id, start, end, quoted });
    }
    return found;
  };
}

/** The ids of the terms a text uses outside quotations, each once, in order of first use. */
export function termsIn(text: string, match: TermMatcher): string[] {
  return [
    ...new Set(
      match(text)
        .filter((m) => !m.quoted)
        .map((m) => m.id),
    ),
  ];
}

/** A phrase key as a regular expression: spaces match any white space, the first letter either case. */
function phrasePattern(key: string): string {
  const escaped = [...key].map((c) => (/\s/.test(c) ? '\\s+' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
  const first = key.charAt(0);
  const upper = first.toUpperCase();
  const lower = first.toLowerCase();
  if (upper !== lower) escaped[0] = `[${upper}${lower}]`;
  return escaped.join('');
}

/** Russian letters a text may write either way: ё is often written е. */
const sameLetter: Readonly<Record<string, string>> = { ё: 'е', Ё: 'Е' };

/** The text without its quotation marks, ё read as е, and for each remaining character its offset in the original. */
function fold(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (quoteMark.test(text[i]!)) continue;
    out += sameLetter[text[i]!] ?? text[i];
    at.push(i);
  }
  return { text: out, at };
}

/**
 * The quotations in a text, each as the offsets of its opening and closing marks: “ opens and ” closes; a straight "
 * opens or closes by turns. A quotation left open runs to the end of the text.
 */
function quotationsOf(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“' || c === '„' || c === '«' || (c === '"' && open === undefined)) open ??= i;
    else if ((c === '”' || c === '»' || c === '"') && open !== undefined) {
      spans.push([open, i]);
      open = undefined;
    }
  }
  if (open !== undefined) spans.push([open, text.length]);
  return spans;
}

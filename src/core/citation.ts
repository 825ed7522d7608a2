/**
 * Ready-made citations of a chapter or of one step, in APA (7th), MLA (9th) and Chicago (17th, bibliography) style.
 * Pure: the pages pass in the site's name, the titles, the canonical URL and the "current to" date.
 */

/** A run of citation text; `italic` runs are the titles each style sets in italics. */
export interface CitationPart {
  readonly text: string;
  readonly italic?: boolean;
}

/** The citation styles offered, in the order they are shown. */
export const citationStyles = ['APA', 'MLA', 'Chicago'] as const;
export type CitationStyle = (typeof citationStyles)[number];

/** What is being cited. */
export interface CitationInput {
  /** The site's name, which is also its author (an organisation, no person). */
  readonly site: string;
  /** The chapter's title, as the site prints it (sentence case). */
  readonly title: string;
  /** For one step: its number in the chapter (1-based). */
  readonly step?: number;
  /** The canonical absolute URL, with the step's `#id` for a step. */
  readonly url: string;
  /** The date the content is current to: YYYY-MM-DD, YYYY-MM or YYYY. */
  readonly currentTo: string;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** MLA abbreviates months longer than four letters. */
const mlaMonths = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function dateParts(iso: string): { year: string; month?: number; day?: number } {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) throw new Error(`citation: "current to" must be YYYY-MM-DD, YYYY-MM or YYYY, not "${iso}"`);
  const [, year, month, day] = match;
  return { year: year!, month: month ? Number(month) - 1 : undefined, day: day ? Number(day) : undefined };
}

/** Words a title keeps in lower case unless they open it (Chicago's and MLA's short list). */
const minorWords = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'for',
  'so',
  'yet',
  'as',
  'at',
  'by',
  'in',
  'of',
  'on',
  'to',
  'up',
  'via',
  'vs',
]);

/** Title case for MLA and Chicago: every word capitalised except short function words inside the title. */
export function titleCase(title: string): string {
  const words = title.split(' ');
  return words
    .map((word, i) => {
      const bare = word.toLowerCase().replace(/[^a-z]/g, '');
      const first = i === 0 || /[:.?!]$/.test(words[i - 1] ?? '');
      const last = i === words.length - 1;
      if (!first && !last && minorWords.has(bare)) return word;
      return word.replace(/^(\P{L}*)(\p{L})/u, (_, lead: string, letter: string) => lead + letter.toUpperCase());
    })
    .join(' ');
}

/** What a step adds to the title: ", step 3" (APA, MLA) or ", Step 3" (title case). */
const stepSuffix = (input: CitationInput, word = 'step') => (input.step === undefined ? '' : `, ${word} ${input.step}`);

/** APA 7: author = site (so the site's name is not repeated), date, title in italics, description, URL. */
function apa(input: CitationInput): CitationPart[] {
  const { year, month, day } = dateParts(input.currentTo);
  const date = [year, month === undefined ? '' : `, ${months[month]}`, day === undefined ? '' : ` ${day}`].join('');
  return [
    { text: `${input.site}. (${date}). ` },
    { text: `${input.title}${stepSuffix(input)}`, italic: true },
    { text: input.step === undefined ? '. ' : ' [Graphic]. ' },
    { text: input.url },
  ];
}

/** MLA 9: title in quotation marks, container (the site) in italics, date, URL without its scheme. */
function mla(input: CitationInput): CitationPart[] {
  const { year, month, day } = dateParts(input.currentTo);
  const date = [day, month === undefined ? undefined : mlaMonths[month], year].filter((p) => p !== undefined).join(' ');
  return [
    { text: `“${titleCase(input.title)}${stepSuffix(input, 'Step')}.” ` },
    { text: titleCase(input.site), italic: true },
    { text: `, ${date}, ${input.url.replace(/^https?:\/\//, '')}.` },
  ];
}

/** Chicago 17, bibliography entry for a web page with no author: title, site, date, URL. */
function chicago(input: CitationInput): CitationPart[] {
  const { year, month, day } = dateParts(input.currentTo);
  const date = [month === undefined ? undefined : months[month], day === undefined ? undefined : `${day},`, year].filter(Boolean).join(' ');
  return [
    { text: `“${titleCase(input.title)}${stepSuffix(input, 'Step')}.” ` },
    { text: titleCase(input.site), italic: true },
    { text: `. Current to ${date}. ${input.url}.` },
  ];
}

const formatters: Record<CitationStyle, (input: CitationInput) => CitationPart[]> = { APA: apa, MLA: mla, Chicago: chicago };

/** A citation in one style, as runs of text (some italic). */
export function citation(style: CitationStyle, input: CitationInput): CitationPart[] {
  return formatters[style](input);
}

/** A citation as plain text, for copying. */
export function citationText(style: CitationStyle, input: CitationInput): string {
  return citation(style, input)
    .map((part) => part.text)
    .join('');
}

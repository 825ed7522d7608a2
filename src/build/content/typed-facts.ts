import { currentPopulation, placeholder as placeholders } from '../../data/figure-text.ts';
import { unitsFor } from '../../data/population-units.ts';
import type { FigureData } from '../../data/figure-text.ts';

/**
 * Finds dates and figures typed by hand in a reader's text (prose, a step's `alt`, front matter), which must be
 * printed from the data instead, so that a correction to a record reaches every sentence that states it. For each one
 * it says how to print it: the component for prose and the placeholder for plain text, naming the record when the
 * data already holds the value.
 *
 * What counts: a day of a month ("14 March", "10–11 February 2026", "Aug. 11"), any number written in digits
 * ("34", "2,000", "79.4%", "aged 12") except a year standing alone (1900–2099), and a number in words ("forty-eight")
 * that the data holds. Month names with a year ("March 2025"), years and placeholders are narration and pass.
 */
export interface TypedFact {
  /** The words as typed, e.g. "14 March". */
  readonly text: string;
  readonly kind: 'date' | 'figure';
  /** What to write in prose instead, e.g. `<EventDate id="E19" year={false} />`. */
  readonly component: string;
  /** What to write in an `alt` text or front matter instead, e.g. `{day:E19}`. */
  readonly placeholder: string;
  /** True when the data holds the value, so the suggestion names its record. */
  readonly held: boolean;
  /** Where the typed words start in the text, as a character offset (a message turns it into a line). */
  readonly at: number;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthAlternation = `(?:${months.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)`;
/** "14 March", "14th March", "10–11 February 2026", "1 November". */
const dayFirst = new RegExp(
  `(?<![\\w.,])(\\d{1,2})(?:st|nd|rd|th)?(?:\\s?[–—-]\\s?(\\d{1,2}))?\\s+(${monthAlternation})(?:\\s+(\\d{4}))?(?!\\w)`,
  'g',
);
/** "Aug. 11", "August 11, 2025", "February 10–11". */
const monthFirst = new RegExp(`(?<!\\w)(${monthAlternation})\\s+(\\d{1,2})(?:\\s?[–—-]\\s?(\\d{1,2}))?(?!\\d)(?:,?\\s+(\\d{4}))?`, 'g');
/**
 * A number in digits, with its separators, decimals and unit: "34", "2,000", "79.4%", "90.8 million". Not a part of a
 * word or a code ("5G", "COVID-19", "90-FZ").
 */
const digits = /(?<![\w.-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:%|\s?(?:million|M)\b)?(?![\w-])/g;
const year = /^(19|20)\d{2}$/;
const units = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const teens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** A whole number from 10 to 99 in words: "forty-eight", "thirty four", "twelve". */
const numberWords = new RegExp(
  `(?<![\\w-])(?:(${teens.join('|')})|(${tens.slice(2).join('|')})(?:[\\s-](${units.slice(1).join('|')}))?)(?![\\w-])`,
  'gi',
);

/** A value the data holds, with how to print it. */
interface Held {
  readonly component: string;
  readonly placeholder: string;
}

/** Every typed date and figure in `text`, in order of appearance, each with what to write instead. */
export function typedFacts(text: string, data: FigureData): TypedFact[] {
  const found: { at: number; fact: TypedFact }[] = [];
  let rest = text.replace(placeholders, (p) => ' '.repeat(p.length));
  const take = (match: RegExpExecArray, fact: Omit<TypedFact, 'at'>) => {
    found.push({ at: match.index, fact: { ...fact, at: match.index } });
    rest = rest.slice(0, match.index) + ' '.repeat(match[0].length) + rest.slice(match.index + match[0].length);
  };

  const days = heldDays(data);
  for (const match of [...rest.matchAll(dayFirst)]) {
    const [, from, to, month, y] = match;
    take(match, dateFact(match[0].trim(), Number(from), to ? Number(to) : undefined, month!, y, days));
  }
  for (const match of [...rest.matchAll(monthFirst)]) {
    const [, month, day, to, y] = match;
    take(match, dateFact(match[0].trim(), Number(day), to ? Number(to) : undefined, month!, y, days));
  }

  const numbers = heldNumbers(data);
  for (const match of [...rest.matchAll(digits)]) {
    if (year.test(match[0])) continue;
    const value = Number(match[0].replace(/[,%]|\s?(?:million|M)$/g, ''));
    const held = numbers.get(numberKey(value, unitOf(match[0])));
    take(match, {
      text: match[0],
      kind: 'figure',
      held: held !== undefined,
      component: held?.component ?? '<Claim id="…" /> after adding the figure to content/data/claims.json',
      placeholder: held?.placeholder ?? '{claim:…} after adding the figure to content/data/claims.json',
    });
  }
  for (const match of [...rest.matchAll(numberWords)]) {
    const [, teen, ten, unit] = match;
    const value = teen
      ? teens.indexOf(teen.toLowerCase()) + 10
      : tens.indexOf(ten!.toLowerCase()) * 10 + (unit ? units.indexOf(unit.toLowerCase()) : 0);
    const held = numbers.get(numberKey(value, ''));
    if (held) take(match, { text: match[0], kind: 'figure', held: true, ...held });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.fact);
}

/** One typed date, matched against the days the data holds (by month and day, and by year when one is typed). */
function dateFact(
  typed: string,
  from: number,
  to: number | undefined,
  month: string,
  y: string | undefined,
  days: readonly HeldDay[],
): Omit<TypedFact, 'at'> {
  const m = months.findIndex((name) => name.startsWith(month.replace('.', '').slice(0, 3))) + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  const start = `${pad(m)}-${pad(from)}`;
  const end = to === undefined ? undefined : `${pad(m)}-${pad(to)}`;
  const withYear = y !== undefined;
  // A typed day without its year matches only what can print a day without a year (events, not claims or counts).
  const match = days.find((d) => d.monthDay === start && d.untilMonthDay === end && (withYear ? d.year === y : d.short !== undefined));
  if (!match) {
    return {
      text: typed,
      kind: 'date',
      held: false,
      component: '<EventDate id="…" /> after adding the day to content/data/events.json (as an event, or a milestone of one)',
      placeholder: '{date:…} after adding the day to content/data/events.json (as an event, or a milestone of one)',
    };
  }
  return { text: typed, kind: 'date', held: true, ...(withYear ? match.full : match.short!) };
}

/** A day the data holds, with how to print it with and without its year. */
interface HeldDay {
  readonly monthDay: string;
  readonly untilMonthDay?: string;
  readonly year: string;
  readonly full: Held;
  /** How to print it without its year; undefined for what always prints its year (a claim's or the count's date). */
  readonly short?: Held;
}

function heldDays(data: FigureData): HeldDay[] {
  const days: HeldDay[] = [];
  const add = (iso: string | undefined, full: Held, short: Held | undefined, until?: string) => {
    if (!iso || iso.length !== 10) return;
    days.push({ monthDay: iso.slice(5), year: iso.slice(0, 4), untilMonthDay: until?.slice(5), full, short });
  };
  for (const e of data.events) {
    const id = `id="${e.id}"`;
    const printed = (attrs: string, placeholder: string): [Held, Held] => [
      { component: `<EventDate ${attrs} />`, placeholder: `{date:${placeholder}}` },
      { component: `<EventDate ${attrs} year={false} />`, placeholder: `{day:${placeholder}}` },
    ];
    if (e.until) {
      add(e.date, ...printed(id, e.id), e.until);
      add(e.date, ...printed(`${id} part="start"`, `${e.id}:start`));
      add(e.until, ...printed(`${id} part="until"`, `${e.id}:until`));
    } else add(e.date, ...printed(id, e.id));
    for (const [name, day] of Object.entries(e.milestones ?? {})) add(day, ...printed(`${id} milestone="${name}"`, `${e.id}:${name}`));
  }
  for (const c of data.claims) {
    const held = { component: `<Claim id="${c.id}" part="date" />`, placeholder: `{claim:${c.id}:date}` };
    add(c.date, held, undefined);
  }
  const population = { component: '<Population as="date" />', placeholder: '{population:date}' };
  for (const p of data.population) add(p.date, population, undefined);
  return days;
}

/** A figure's unit as typed: "%", "million" ("M" too), or none. */
function unitOf(typed: string): string {
  if (typed.endsWith('%')) return '%';
  return /(?:million|M)$/.test(typed) ? 'million' : '';
}

/** A number with its unit, so that "40 regions" is not taken for a claim of "40%". */
const numberKey = (value: number, unit: string) => `${value}|${unit}`;

/** Every number the data holds, by value and unit, with how to print it. */
function heldNumbers(data: FigureData): Map<string, Held> {
  const numbers = new Map<string, Held>();
  const add = (value: number, unit: string, held: Held) => {
    const key = numberKey(value, unit);
    if (!numbers.has(key)) numbers.set(key, held);
  };
  for (const r of data.audience) {
    add(r.reach, 'million', {
      component: `<Reach platform="${r.platform}" period="${r.period}" />`,
      placeholder: `{reach:${r.platform}:${r.period}}`,
    });
  }
  for (const r of data.audience) {
    add(unitsFor(r.reach * 1_000_000), '', {
      component: `<Reach platform="${r.platform}" period="${r.period}" as="squares" />`,
      placeholder: `{squares:${r.platform}:${r.period}}`,
    });
  }
  const population = currentPopulation(data);
  add(population.value, '', { component: '<Population />', placeholder: '{population}' });
  add(unitsFor(population.value), '', { component: '<Population as="squares" />', placeholder: '{population:squares}' });
  for (const c of data.claims) {
    const unit = c.unit === 'percent' ? '%' : c.unit === 'million' ? 'million' : '';
    add(c.amount, unit, { component: `<Claim id="${c.id}" />`, placeholder: `{claim:${c.id}}` });
  }
  add(data.events.length, '', { component: '<Count of="events" />', placeholder: '{count:events}' });
  return numbers;
}

/** The message for one typed fact: what was typed, whether the data holds it, and what to write instead. */
export function typedFactMessage(fact: TypedFact, where: 'prose' | 'plain text'): string {
  const instead = where === 'prose' ? fact.component : fact.placeholder;
  const what = fact.kind === 'date' ? 'date' : 'figure';
  return fact.held
    ? `the ${what} "${fact.text}" is typed by hand, but the data holds it: write ${instead}`
    : `the ${what} "${fact.text}" is typed by hand and the data does not hold it: write ${instead}`;
}

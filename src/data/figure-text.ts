import { formatApproximateDate, formatClaim, formatEventDate, formatMonth, formatNumber, formatReach } from '../core/format.ts';
import { defaultLocale, type Locale } from '../core/locale.ts';
import { unitsFor } from './population-units.ts';
import type { Datasets } from './load-datasets.ts';
import type { AudienceRecord, Claim, PopulationRecord, TimelineEvent } from './schemas.ts';

/**
 * Figures in words, printed from the data so that a sentence can never drift from its record. The prose components
 * (`<Reach>`, `<Population>`, `<EventDate>`, `<Claim>`, `<Share>`, `<Count>`, `<Quote>`) and the `{…}` placeholders
 * in front matter, step `alt` texts and event titles all print through these functions.
 */

/** The data a figure can be printed from. */
export type FigureData = Pick<Datasets, 'audience' | 'population' | 'events' | 'claims'>;

/** A reach figure as a sentence says it: "97.3 million", "more than 97 million", "about 42 million" / "97,3 млн". */
export function reachText(record: Pick<AudienceRecord, 'reach' | 'qualifier'>, locale: Locale = defaultLocale): string {
  if (locale !== 'en') return formatReach(record, locale);
  const prefix = record.qualifier === 'more-than' ? 'more than ' : record.qualifier === 'about' ? 'about ' : '';
  return `${prefix}${record.reach} million`;
}

/** The one reach record for a platform and month, or an error that lists the months the data has for it. */
export function findReach(data: Pick<Datasets, 'audience'>, platform: string, period: string): AudienceRecord {
  const record = data.audience.find((r) => r.platform === platform && r.period === period);
  if (record) return record;
  const months = data.audience.filter((r) => r.platform === platform).map((r) => r.period);
  throw new Error(
    months.length
      ? `no reach figure for platform "${platform}" in ${period}; audience.json has it for ${months.join(', ')}`
      : `no reach figure for platform "${platform}" in audience.json`,
  );
}

/** How a population figure is printed: the exact count, "about 146 million", the number of squares, or its date. */
export type PopulationFormat = 'exact' | 'millions' | 'squares' | 'date';

/** Russia's population as a sentence says it. */
export function populationText(
  record: Pick<PopulationRecord, 'value' | 'date'>,
  as: PopulationFormat = 'exact',
  locale: Locale = defaultLocale,
): string {
  if (as === 'squares') return formatNumber(unitsFor(record.value), locale);
  if (as === 'millions') return reachText({ reach: Math.round(record.value / 1_000_000), qualifier: 'about' }, locale);
  if (as === 'date') return formatEventDate(record.date, undefined, {}, locale);
  if (as !== 'exact') throw new Error(`as="${String(as)}" must be exact, millions, squares or date`);
  return formatNumber(record.value, locale);
}

/** The population record the site measures against: the latest count. */
export function currentPopulation(data: Pick<Datasets, 'population'>): PopulationRecord {
  const latest = [...data.population].sort((a, b) => b.date.localeCompare(a.date))[0];
  if (!latest) throw new Error('population.json holds no record');
  return latest;
}

/** One claim by id, or an error naming it. */
export function findClaim(data: Pick<Datasets, 'claims'>, id: string): Claim {
  const claim = data.claims.find((c) => c.id === id);
  if (!claim) throw new Error(`no claim "${id}" in claims.json`);
  return claim;
}

/** A claim's figure as claimed ("over 100 million"), or with `part: 'date'` the date it was made ("22 October 2025"). */
export function claimText(
  claim: Pick<Claim, 'id' | 'amount' | 'unit' | 'qualifier' | 'date' | 'dateApproximate'>,
  part: 'value' | 'date' = 'value',
  locale: Locale = defaultLocale,
): string {
  if (part === 'value') return formatClaim(claim, locale);
  if (!claim.date) throw new Error(`claim "${claim.id}" has no date in claims.json`);
  return approximateDate(claim.date, claim.dateApproximate, locale);
}

/** One event by id, or an error naming it. */
export function findEvent(data: Pick<Datasets, 'events'>, id: string): TimelineEvent {
  const event = data.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event "${id}" in events.json`);
  return event;
}

/** Which day of an event to print, and how. */
export interface EventDateOptions {
  /** A named milestone of the event (`milestones` in events.json) instead of its date. */
  readonly milestone?: string;
  /** `start` prints only the first day of a span, `until` only its last. */
  readonly part?: 'start' | 'until';
  /** False drops the year from a day ("13 August"), for a sentence whose year is already clear. */
  readonly year?: boolean;
}

/** An event's date as a sentence says it: "13 August 2025", "10–11 February 2026", "1 November" (a milestone). */
export function eventDateText(event: TimelineEvent, options: EventDateOptions = {}, locale: Locale = defaultLocale): string {
  const format = { year: options.year };
  if (options.milestone !== undefined) {
    const day = event.milestones?.[options.milestone];
    const named = Object.keys(event.milestones ?? {});
    if (!day)
      throw new Error(
        `event ${event.id} has no milestone "${options.milestone}"; ${named.length ? `it has: ${named.join(', ')}` : 'it has none'}`,
      );
    return formatEventDate(day, undefined, format, locale);
  }
  if (options.part === 'until') return formatEventDate(event.until ?? event.date, undefined, format, locale);
  return formatEventDate(event.date, options.part === 'start' ? undefined : event.until, format, locale);
}

/**
 * The simple fractions a share is said as, from a half to fifths: in English, and in Russian in the genitive, as it
 * stands after «около», «больше» and «меньше».
 */
const fractions: readonly (readonly [number, Readonly<Record<Locale, string>>])[] = [
  [1 / 2, { en: 'half', ru: 'половины' }],
  [1 / 3, { en: 'a third', ru: 'трети' }],
  [2 / 3, { en: 'two-thirds', ru: 'двух третей' }],
  [1 / 4, { en: 'a quarter', ru: 'четверти' }],
  [3 / 4, { en: 'three-quarters', ru: 'трёх четвертей' }],
  [1 / 5, { en: 'a fifth', ru: 'пятой части' }],
  [2 / 5, { en: 'two-fifths', ru: 'двух пятых' }],
  [3 / 5, { en: 'three-fifths', ru: 'трёх пятых' }],
  [4 / 5, { en: 'four-fifths', ru: 'четырёх пятых' }],
];
const shareWords: Readonly<Record<Locale, Record<'about' | 'less' | 'more', string>>> = {
  en: { about: 'about', less: 'less than', more: 'more than' },
  ru: { about: 'около', less: 'меньше', more: 'больше' },
};

/**
 * A share as a sentence says it, by the nearest simple fraction: "about two-thirds" (within a percentage point of it),
 * else "more than three-fifths" or "less than a fifth", so that the words stay true whichever way the figure falls /
 * «около двух третей», «больше трёх пятых», «меньше пятой части».
 */
export function shareText(part: number, whole: number, locale: Locale = defaultLocale): string {
  const ratio = part / whole;
  if (!(ratio > 0 && ratio < 1)) throw new Error(`a share must lie between 0 and 1, not ${part} of ${whole}`);
  const [value, words] = fractions.reduce((best, f) => (Math.abs(f[0] - ratio) < Math.abs(best[0] - ratio) ? f : best));
  const hedge = Math.abs(value - ratio) <= 0.01 ? 'about' : ratio < value ? 'less' : 'more';
  return `${shareWords[locale][hedge]} ${words[locale]}`;
}

/**
 * A platform's reach in a month as a share of the population (`of` left out) or of another platform's reach in the
 * same month: "about two-thirds", "less than a fifth".
 */
export function reachShare(
  data: Pick<Datasets, 'audience' | 'population'>,
  platform: string,
  period: string,
  of?: string,
  locale: Locale = defaultLocale,
): string {
  const part = findReach(data, platform, period).reach * 1_000_000;
  const whole = of ? findReach(data, of, period).reach * 1_000_000 : currentPopulation(data).value;
  return shareText(part, whole, locale);
}

/** The counts a sentence can print from the data: `events`, the number of events on the timeline. */
export function countText(data: Pick<Datasets, 'events'>, of: string): string {
  if (of !== 'events') throw new Error(`of="${of}": the data can count events`);
  return String(data.events.length);
}

/** A date as the attribution line says it: "13 August 2025", "about 12 February 2026", "March 2019". */
export function approximateDate(date: string, approximate = false, locale: Locale = defaultLocale): string {
  return approximate ? formatApproximateDate(date, locale) : formatEventDate(date, undefined, {}, locale);
}

/** A placeholder in front matter, an `alt` text or an event title: `{reach:whatsapp:2025-07}`, `{date:E32}`. */
export const placeholder = /\{(reach|squares|population|date|day|month|claim|share|count):?([^{}]*)\}/g;

/**
 * Replaces every placeholder in `text` with its figure from the data:
 * `{reach:PLATFORM:YYYY-MM}` → "97.3 million"; `{squares:PLATFORM:YYYY-MM}` → "97" (one-million squares);
 * `{population}` → "146,028,325", `{population:millions}` → "about 146 million", `{population:squares}` → "146",
 * `{population:date}` → "1 January 2025";
 * `{date:E32}` → "13 August 2025", `{date:E08:in-force}` → a milestone's day, `{date:E44:start}` → one end of a span;
 * `{day:E31}` → "31 July" (no year);
 * `{month:2025-07}` → "July 2025"; `{claim:ID}` → the claimed figure, `{claim:ID:date}` → its date;
 * `{share:PLATFORM:YYYY-MM}` → "about two-thirds" (of the population), `{share:PLATFORM:YYYY-MM:OTHER}` (of OTHER's
 * reach that month); `{count:events}` → "48".
 * In another `locale`, each prints as that language writes it ("97,3 млн", «около двух третей», «13 августа 2025 г.»).
 * Throws, naming the placeholder, when it is unknown or the data has no such record.
 */
export function resolvePlaceholders(text: string, data: FigureData, locale: Locale = defaultLocale): string {
  // A figure that ends in its own full stop («13 августа 2025 г.») takes the sentence's: "{date:E32}." prints one.
  return text.replace(endingPlaceholder, (whole, kind: string, arg: string, stop: string) => {
    const printed = printPlaceholder(whole.slice(0, whole.length - stop.length), kind, arg, data, locale);
    return printed.endsWith('.') ? printed : printed + stop;
  });
}

/** A placeholder, and the full stop after it, if any. */
const endingPlaceholder = new RegExp(`${placeholder.source}(\\.?)`, 'g');

/** One placeholder printed. */
function printPlaceholder(whole: string, kind: string, arg: string, data: FigureData, locale: Locale): string {
  const [a = '', b = '', c = ''] = arg.split(':');
  try {
    switch (kind) {
      case 'reach':
        return reachText(findReach(data, a, b), locale);
      case 'squares':
        return formatNumber(unitsFor(findReach(data, a, b).reach * 1_000_000), locale);
      case 'population':
        return populationText(currentPopulation(data), (a || 'exact') as PopulationFormat, locale);
      case 'month':
        return formatMonth(a, locale);
      case 'date':
      case 'day': {
        // The second part names a milestone, or `start` / `until` for one end of a span.
        const part = b === 'start' || b === 'until' ? b : undefined;
        return eventDateText(findEvent(data, a), { milestone: part ? undefined : b || undefined, part, year: kind === 'date' }, locale);
      }
      case 'share':
        return reachShare(data, a, b, c || undefined, locale);
      case 'count':
        return countText(data, a);
      default:
        if (b && b !== 'date') throw new Error(`the second part must be "date", not "${b}"`);
        return claimText(findClaim(data, a), b ? 'date' : 'value', locale);
    }
  } catch (error) {
    throw new Error(`${whole}: ${(error as Error).message}`);
  }
}

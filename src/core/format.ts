import { utcFormat, utcParse } from 'd3-time-format';
import type { ClaimQualifier, ClaimUnit } from './claim-kinds.ts';
import { defaultLocale, languageTag, nbsp, type Locale } from './locale.ts';

/**
 * How the site writes months, dates, figures, lists and quotes, in each language. English uses d3's formats; Russian
 * uses `Intl` with the rules of Russian typography (issue 25): decimal commas ("97,3 млн"), years never grouped
 * ("2025", `useGrouping: 'min2'`), dates as "13 августа 2025 г." joined by no-break spaces, month labels in the
 * nominative ("июль 2025": d3's ru-RU locale would give the genitive), «» quotes with „“ inside, and a no-break space
 * before a dash.
 */

const parseMonth = utcParse('%Y-%m');
const monthName = utcFormat('%B %Y');
const shortMonthName = utcFormat('%b %Y');

/** "2025-07" as a UTC date; throws on anything else. */
function monthDate(period: string): Date {
  const date = parseMonth(period);
  if (!date) throw new Error(`not a month: "${period}"`);
  return date;
}

/** Part `type` of a date as `Intl` writes it in Russian, in the UTC calendar the data uses. */
function russianPart(date: Date, options: Intl.DateTimeFormatOptions, type: Intl.DateTimeFormatPartTypes): string {
  const parts = new Intl.DateTimeFormat(languageTag.ru, { ...options, timeZone: 'UTC' }).formatToParts(date);
  return parts.find((part) => part.type === type)!.value;
}

/**
 * A number as the locale writes it: "97.3", "5,000", "146,028,325" / "97,3", "5000", "146 028 325". Russian never
 * groups four digits (`useGrouping: 'min2'`), so a year is "2025" there; in English, print a year as it is.
 */
export function formatNumber(value: number, locale: Locale = defaultLocale): string {
  const useGrouping = locale === 'ru' ? 'min2' : 'auto';
  return new Intl.NumberFormat(languageTag[locale], { useGrouping, maximumFractionDigits: 20 }).format(value);
}

/** "2025-07" → "July 2025" / "июль 2025" (the nominative, as a label, joined by a no-break space). */
export function formatMonth(period: string, locale: Locale = defaultLocale): string {
  const date = monthDate(period);
  if (locale === 'en') return monthName(date);
  return `${russianPart(date, { month: 'long' }, 'month')}${nbsp}${date.getUTCFullYear()}`;
}

/** "2025-12" → "Dec 2025" / "дек. 2025", for narrow headings. */
export function formatShortMonth(period: string, locale: Locale = defaultLocale): string {
  const date = monthDate(period);
  if (locale === 'en') return shortMonthName(date);
  return `${russianPart(date, { month: 'short' }, 'month')}${nbsp}${date.getUTCFullYear()}`;
}

const reachWords: Readonly<Record<Locale, { unit: string; 'more-than': string; about: string }>> = {
  en: { unit: ' M', 'more-than': 'over ', about: 'about ' },
  ru: { unit: `${nbsp}млн`, 'more-than': 'более ', about: 'около ' },
};

/** A reach figure exactly as reported, in millions: "97.3 M", "over 97 M", "about 42 M" / "97,3 млн", "более 97 млн". */
export function formatReach(
  record: { readonly reach: number; readonly qualifier?: 'more-than' | 'about' },
  locale: Locale = defaultLocale,
): string {
  const words = reachWords[locale];
  const prefix = record.qualifier ? words[record.qualifier] : '';
  const figure = locale === 'en' ? String(record.reach) : formatNumber(record.reach, locale);
  return `${prefix}${figure}${words.unit}`;
}

/** How each language writes a claim's unit around `{n}`, and its hedge around `{figure}`. */
const claimWords: Readonly<Record<Locale, Record<Exclude<ClaimUnit, 'count' | 'years'> | ClaimQualifier | 'and-older', string>>> = {
  en: {
    million: '{n} million',
    percent: '{n}%',
    over: 'over {figure}',
    'more-than': 'more than {figure}',
    about: 'about {figure}',
    estimated: 'an estimated {figure}',
    'and-over': '{figure} and over',
    'and-older': '{figure} and over',
  },
  ru: {
    million: `{n}${nbsp}млн`,
    percent: `{n}${nbsp}%`,
    over: 'свыше {figure}',
    'more-than': 'более {figure}',
    about: 'около {figure}',
    // Not "по оценкам,", which would need a comma after the figure too, wherever it stands in a sentence.
    estimated: 'ориентировочно {figure}',
    'and-over': '{figure} и более',
    'and-older': '{figure} и старше',
  },
};

/** An age: "12" / "12 лет" (1 год, 2 года, 5 лет: the plural form `Intl` picks for the number). */
function yearsText(amount: number, locale: Locale): string {
  const n = formatNumber(amount, locale);
  if (locale === 'en') return n;
  const form = new Intl.PluralRules(languageTag.ru).select(amount);
  return `${n}${nbsp}${form === 'one' ? 'год' : form === 'few' || form === 'other' ? 'года' : 'лет'}`;
}

/**
 * A claimed figure in words, exactly as claimed: "over 100 million", "45.6%", "12 and over", "about 2,000" /
 * "свыше 100 млн", "45,6 %", "12 лет и старше", "около 2000".
 */
export function formatClaim(
  claim: { readonly amount: number; readonly unit: ClaimUnit; readonly qualifier?: ClaimQualifier },
  locale: Locale = defaultLocale,
): string {
  const words = claimWords[locale];
  const n = formatNumber(claim.amount, locale);
  const figure =
    claim.unit === 'count' ? n : claim.unit === 'years' ? yearsText(claim.amount, locale) : words[claim.unit].replace('{n}', n);
  // "And over" an age is "and older" in Russian ("и старше"); of anything else, "and more" ("и более").
  const hedge = claim.qualifier === 'and-over' && claim.unit === 'years' ? 'and-older' : claim.qualifier;
  return hedge ? words[hedge].replace('{figure}', figure) : figure;
}

const yearOnly = utcFormat('%Y');
const monthOnly = utcFormat('%b');
const dayShortMonth = utcFormat('%-d %b');

/**
 * A timeline tick: its year on the first of January, its month on the first of a month, else its day:
 * "2025", "Feb", "3 Feb" / "2025", "февр.", "3 февр.".
 */
export function formatTick(date: Date, locale: Locale = defaultLocale): string {
  const isYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
  if (isYear) return yearOnly(date);
  if (locale === 'en') return date.getUTCDate() === 1 ? monthOnly(date) : dayShortMonth(date);
  if (date.getUTCDate() === 1) return russianPart(date, { month: 'short' }, 'month');
  return `${date.getUTCDate()}${nbsp}${russianPart(date, { day: 'numeric', month: 'short' }, 'month')}`;
}

const and: Readonly<Record<Locale, string>> = { en: 'and', ru: 'и' };

/** A list in prose: "A", "A and B", "A, B and C" / "A, B и C". */
export function listProse(items: readonly string[], locale: Locale = defaultLocale): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and[locale]} ${items.at(-1)}`;
}

const dayMonthYear = utcFormat('%-d %B %Y');
const dayMonth = utcFormat('%-d %B');
const dayOnly = utcFormat('%-d');

/** "13 августа 2025 г." (or "13 августа" without the year), every space a no-break space. */
function russianDay(date: Date, year: boolean): string {
  const month = russianPart(date, { day: 'numeric', month: 'long' }, 'month');
  const day = `${date.getUTCDate()}${nbsp}${month}`;
  return year ? `${day}${nbsp}${date.getUTCFullYear()}${nbsp}г.` : day;
}

/**
 * An event date as a reader says it: "13 August 2025", "March 2019", or a span such as "1–8 December 2021". With
 * `year: false`, for a sentence whose year is already clear, a day drops its year: "13 August", "10–11 February". In
 * Russian: "13 августа 2025 г.", "март 2019", "1–8 декабря 2021 г.", and a span across months has a no-break space
 * before its dash.
 */
export function formatEventDate(date: string, until?: string, options: { year?: boolean } = {}, locale: Locale = defaultLocale): string {
  const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
  if (date.length === 7) return formatMonth(date, locale);
  const withYear = options.year !== false;
  const full = locale === 'en' ? (d: Date) => (withYear ? dayMonthYear : dayMonth)(d) : (d: Date) => russianDay(d, withYear);
  if (!until) return full(asDate(date));
  const sameMonth = date.slice(0, 7) === until.slice(0, 7);
  if (sameMonth) return `${dayOnly(asDate(date))}–${full(asDate(until))}`;
  return locale === 'en' ? `${full(asDate(date))} – ${full(asDate(until))}` : `${full(asDate(date))}${nbsp}– ${full(asDate(until))}`;
}

/**
 * A date that is only roughly known: "about 12 February 2026", "about December 2025" / "около 12 февраля 2026 г.",
 * "около декабря 2025 г." (the month in the genitive, as after a preposition).
 */
export function formatApproximateDate(date: string, locale: Locale = defaultLocale): string {
  if (locale === 'en') return `about ${formatEventDate(date)}`;
  if (date.length !== 7) return `около ${formatEventDate(date, undefined, {}, locale)}`;
  const month = new Date(`${date}-01T00:00:00Z`);
  return `около ${russianPart(month, { day: 'numeric', month: 'long' }, 'month')}${nbsp}${month.getUTCFullYear()}${nbsp}г.`;
}

const quoteMarks: Readonly<Record<Locale, readonly [outer: readonly [string, string], inner: readonly [string, string]]>> = {
  en: [
    ['“', '”'],
    ['‘', '’'],
  ],
  ru: [
    ['«', '»'],
    ['„', '“'],
  ],
};

/**
 * Text in the locale's quotation marks: “…” / «…»; `nested`, inside another quote: ‘…’ / „…“. A quote inside the text,
 * written in the outer marks (a translation's words are linted alone, so they use them), takes the inner ones.
 */
export function quote(text: string, locale: Locale = defaultLocale, nested = false): string {
  const [[outerOpen, outerClose], inner] = quoteMarks[locale];
  const [open, close] = nested ? inner : [outerOpen, outerClose];
  return `${open}${nested ? text : text.replaceAll(outerOpen, inner[0]).replaceAll(outerClose, inner[1])}${close}`;
}

/**
 * Where a citation's part ends its sentence: the full stop after it, unless it ends in one of its own ("City A.M.",
 * "n.d.", a title that asks "?"), so that no part is followed by "..".
 */
export function stopAfter(text: string): string {
  return /[.!?…]$/.test(text) ? '' : '.';
}

import { utcFormat, utcParse } from 'd3-time-format';

const parseMonth = utcParse('%Y-%m');
const monthName = utcFormat('%B %Y');

/** "2025-07" → "July 2025". */
export function formatMonth(period: string): string {
  const date = parseMonth(period);
  if (!date) throw new Error(`not a month: "${period}"`);
  return monthName(date);
}

const shortMonthName = utcFormat('%b %Y');

/** "2025-12" → "Dec 2025", for narrow headings. */
export function formatShortMonth(period: string): string {
  const date = parseMonth(period);
  if (!date) throw new Error(`not a month: "${period}"`);
  return shortMonthName(date);
}

/** A reach figure exactly as reported, in millions: "97.3 M", "over 97 M", "about 42 M". */
export function formatReach(record: { readonly reach: number; readonly qualifier?: 'more-than' | 'about' }): string {
  const prefix = record.qualifier === 'more-than' ? 'over ' : record.qualifier === 'about' ? 'about ' : '';
  return `${prefix}${record.reach} M`;
}

/** A list in prose: "A", "A and B", "A, B and C". */
export function listProse(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const dayMonthYear = utcFormat('%-d %B %Y');
const dayMonth = utcFormat('%-d %B');
const dayOnly = utcFormat('%-d');

/**
 * An event date as a reader says it: "13 August 2025", "March 2019", or a span such as "1–8 December 2021". With
 * `year: false`, for a sentence whose year is already clear, a day drops its year: "13 August", "10–11 February".
 */
export function formatEventDate(date: string, until?: string, options: { year?: boolean } = {}): string {
  const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const full = options.year === false ? dayMonth : dayMonthYear;
  if (date.length === 7) return formatMonth(date);
  if (!until) return full(asDate(date));
  const sameMonth = date.slice(0, 7) === until.slice(0, 7);
  return sameMonth ? `${dayOnly(asDate(date))}–${full(asDate(until))}` : `${full(asDate(date))} – ${full(asDate(until))}`;
}

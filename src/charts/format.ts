import { utcFormat, utcParse } from 'd3-time-format';
import type { AudienceRecord } from '../data/schemas.ts';

const parseMonth = utcParse('%Y-%m');
const monthName = utcFormat('%B %Y');

/** "2025-07" → "July 2025". */
export function formatMonth(period: string): string {
  const date = parseMonth(period);
  if (!date) throw new Error(`not a month: "${period}"`);
  return monthName(date);
}

/** A reach figure exactly as reported, in millions: "97.3 M", "over 97 M", "about 42 M". */
export function formatReach(record: Pick<AudienceRecord, 'reach' | 'qualifier'>): string {
  const prefix = record.qualifier === 'more-than' ? 'over ' : record.qualifier === 'about' ? 'about ' : '';
  return `${prefix}${record.reach} M`;
}

/** "Source: Mediascope, via Reuters" — each outlet once, in the order given. */
export function sourceLine(outlets: readonly string[]): string {
  return `Source: Mediascope, via ${[...new Set(outlets)].join(' and ')}`;
}

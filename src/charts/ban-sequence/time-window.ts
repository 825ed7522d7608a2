import { utcDay, utcMonth, utcYear } from 'd3-time';

/** The first instant of a year ("2012"), month ("2012-07") or day ("2012-07-28"), in UTC. */
export function startOf(bound: string): Date {
  const [y, m = 1, d = 1] = bound.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d));
}

/** The last instant before the period after `bound`: the end of that year, month or day. */
export function endOf(bound: string): Date {
  const start = startOf(bound);
  const next = bound.length === 4 ? utcYear.offset(start, 1) : bound.length === 7 ? utcMonth.offset(start, 1) : utcDay.offset(start, 1);
  return new Date(next.getTime() - 1);
}

/** Where an event sits on the time axis: its day, or the middle of its month when only the month is known. */
export function eventTime(date: string): Date {
  return date.length === 7 ? new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, 15)) : startOf(date);
}

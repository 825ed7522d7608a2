import type { Source, TimelineEvent } from './schemas.ts';

/** The newest publication date among the sources (YYYY-MM-DD, YYYY-MM or YYYY), ignoring undated pages. */
export function newestSourceDate(sources: readonly Pick<Source, 'date'>[]): string {
  const dated = sources.map((s) => s.date).filter((d) => d !== 'n.d.');
  if (dated.length === 0) throw new Error('sources.json has no dated source');
  return dated.reduce((a, b) => (b > a ? b : a));
}

/**
 * The date the story is current to: the newest of any source's publication date and any event's last day. ISO
 * strings compare in date order, and a month ("2026-04") sorts before any day in it, so a day wins over its month.
 */
export function currentTo(data: {
  sources: readonly Pick<Source, 'date'>[];
  events: readonly Pick<TimelineEvent, 'date' | 'until'>[];
}): string {
  const eventDays = data.events.map((e) => e.until ?? e.date);
  return [newestSourceDate(data.sources), ...eventDays].reduce((a, b) => (b > a ? b : a));
}

import { formatEventDate } from '../../core/format.ts';
import type { TimelineEvent } from '../../data/schemas.ts';
import type { DataTable } from '../data-table.ts';
import { laneNames, type BanSequenceData } from './layout.ts';

/** An event's status as the table states it, naming the part of a confirmed event that rests on reports only. */
export function eventStatus(e: Pick<TimelineEvent, 'reported' | 'reportedDetail'>): string {
  if (e.reported) return 'Reported, not officially confirmed';
  return e.reportedDetail ? `Confirmed; reported only: ${e.reportedDetail}` : 'Confirmed';
}

/** Every event on the timeline, in date order, with its category and whether it rests on reports only. */
export function table(data: BanSequenceData): DataTable {
  const rows = [...data.events]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((e) => ({
      cells: [formatEventDate(e.date, e.until), e.title, laneNames[e.category], eventStatus(e)],
      sources: e.sources,
    }));
  return {
    caption: 'Internet controls and responses, 2012–2026: laws, blocks, slowdowns, restrictions, fines, launches and statements',
    columns: ['Date', 'Event', 'Kind', 'Status', 'Sources'],
    rows,
  };
}

import { formatEventDate } from '../format.ts';
import type { DataTable } from '../data-table.ts';
import { laneNames, type BanSequenceData } from './layout.ts';

/** Every event on the timeline, in date order, with its category and whether it rests on reports only. */
export function table(data: BanSequenceData): DataTable {
  const rows = [...data.events]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((e) => ({
      cells: [formatEventDate(e.date, e.until), e.title, laneNames[e.category], e.reported ? 'Reported, not officially confirmed' : 'Confirmed'],
      sources: e.sources,
    }));
  return {
    caption: 'Laws, blocks, slowdowns, restrictions, fines, launches and statements, 2012–2026',
    columns: ['Date', 'Event', 'Kind', 'Status', 'Sources'],
    rows,
  };
}

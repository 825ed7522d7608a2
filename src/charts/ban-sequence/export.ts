import type { ChartExport } from '../chart.ts';
import { laneNames, type BanSequenceData } from './layout.ts';
import type { BanSequenceState } from './state-schema.ts';
import { eventStatus } from './table.ts';
import type { BanSequenceWord } from './words.ts';
import { fill } from '../../core/fill.ts';

/** Whether an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) falls within a window whose bounds may be years or months. */
function within(date: string, from: string, to: string): boolean {
  return date.slice(0, from.length) >= from && date.slice(0, to.length) <= to;
}

/** Every event in date order; a step shows the sources of the events in its time window. */
export const dataExport: ChartExport<BanSequenceData, BanSequenceState, BanSequenceWord> = {
  columns: {
    event_id: 'id',
    date: 'date',
    until: 'date',
    event: 'text',
    category: 'code',
    platforms: 'text',
    status: 'code',
    reported_detail: 'text',
  },
  rows: (d) => {
    const name = new Map(d.platforms.map((p) => [p.id, p.name]));
    return [...d.events]
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
      .map((e) => ({
        fields: {
          event_id: e.id,
          date: e.date,
          until: e.until ?? null,
          event: e.title,
          category: e.category,
          platforms: e.platforms.map((p) => name.get(p) ?? p).join('; '),
          status: e.reported ? 'reported' : 'confirmed',
          reported_detail: e.reportedDetail ?? null,
        },
        sources: e.sources,
      }));
  },
  sourcesInView: (d, state) => [...new Set(d.events.filter((e) => within(e.date, state.from, state.to)).flatMap((e) => e.sources))],
  codes: (_, words) => ({
    category: laneNames(words),
    status: {
      confirmed: fill(words['csv.status.confirmed'], { status: eventStatus({ reported: false }, words) }),
      reported: fill(words['csv.status.reported'], { status: eventStatus({ reported: true }, words) }),
    },
  }),
};

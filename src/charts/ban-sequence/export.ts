import type { ChartExport } from '../chart.ts';
import { laneNames, type BanSequenceData } from './layout.ts';
import type { BanSequenceState } from './state-schema.ts';
import { eventStatus } from './table.ts';
import { words } from './words.ts';

/** Whether an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) falls within a window whose bounds may be years or months. */
function within(date: string, from: string, to: string): boolean {
  return date.slice(0, from.length) >= from && date.slice(0, to.length) <= to;
}

/** Every event in date order; a step shows the sources of the events in its time window. */
export const dataExport: ChartExport<BanSequenceData, BanSequenceState> = {
  columns: ['event_id', 'date', 'until', 'event', 'category', 'platforms', 'status', 'reported_detail'],
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
  dictionary: {
    event_id: { type: 'id', meaning: 'The event’s id in the site’s fact base (E01, E02, …); it never changes.' },
    date: { type: 'date', meaning: 'The day the event happened or began, as precise as its sources give it.' },
    until: { type: 'date', meaning: 'The last day of an event that lasted several days; empty for an event of one day.' },
    event: { type: 'text', meaning: 'What happened, in the site’s words: the label the timeline shows.' },
    category: { type: 'code', meaning: 'The kind of event, which is also its lane on the timeline.' },
    platforms: {
      type: 'text',
      meaning: 'The services the event concerns, by name, separated by semicolons; empty when it concerns none in particular.',
    },
    status: {
      type: 'code',
      meaning: 'Whether the event was officially announced or confirmed, or rests on media reports only (drawn hollow).',
    },
    reported_detail: {
      type: 'text',
      meaning: 'For a confirmed event, the detail that rests on reports only (a monitor’s count, an estimate); otherwise empty.',
    },
  },
  codes: () => ({
    category: laneNames(words.en),
    status: {
      confirmed: `${eventStatus({ reported: false }, words.en)} (a solid circle)`,
      reported: `${eventStatus({ reported: true }, words.en)} (a hollow circle)`,
    },
  }),
};

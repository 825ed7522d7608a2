import type { ChartText, Words } from '../chart-words.ts';
import { fill } from '../../core/fill.ts';
import { formatEventDate } from '../../core/format.ts';
import type { TimelineEvent } from '../../data/schemas.ts';
import type { DataTable } from '../data-table.ts';
import { laneNames, type BanSequenceData } from './layout.ts';
import type { BanSequenceWord } from './words.ts';

/** An event's status as the table states it, naming the part of a confirmed event that rests on reports only. */
export function eventStatus(e: Pick<TimelineEvent, 'reported' | 'reportedDetail'>, words: Words<BanSequenceWord>): string {
  if (e.reported) return words.statusReported;
  return e.reportedDetail ? fill(words.statusConfirmedDetail, { detail: e.reportedDetail }) : words.statusConfirmed;
}

/** Every event on the timeline, in date order, with its category and whether it rests on reports only. */
export function table(data: BanSequenceData, { locale, words }: ChartText<BanSequenceWord>): DataTable {
  const lanes = laneNames(words);
  const rows = [...data.events]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((e) => ({
      cells: [formatEventDate(e.date, e.until, {}, locale), e.title, lanes[e.category], eventStatus(e, words)],
      sources: e.sources,
    }));
  return {
    caption: words.tableCaption,
    columns: [words.columnDate, words.columnEvent, words.columnKind, words.columnStatus, words.columnSources],
    rows,
  };
}

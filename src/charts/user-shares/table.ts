import type { ChartText } from '../chart-words.ts';
import type { DataTable } from '../data-table.ts';
import { fill } from '../../core/fill.ts';
import { formatMonth, formatReach } from '../../core/format.ts';
import type { AudienceRecord } from '../../data/schemas.ts';
import type { UserSharesData } from './layout.ts';
import type { UserSharesWord } from './words.ts';

/** A figure's status as the table states it: from the outlet's own report, or only through a secondary one. */
export function reachStatus(r: Pick<AudienceRecord, 'reported'>, words: ChartText<UserSharesWord>['words']): string {
  return r.reported ? words.statusReported : words.statusConfirmed;
}

/** Every monthly-reach figure the chart can show, month by month, largest first. */
export function table(data: UserSharesData, { locale, words }: ChartText<UserSharesWord>): DataTable {
  const names = new Map(data.platforms.map((p) => [p.id, p.name]));
  const rows = [...data.audience]
    .sort((a, b) => a.period.localeCompare(b.period) || b.reach - a.reach)
    .map((r) => ({
      cells: [
        formatMonth(r.period, locale),
        names.get(r.platform)!,
        formatReach(r, locale),
        r.analysedBy ? fill(words.tableMeasuredByAnalyst, { analyst: r.analysedBy }) : words.tableMeasuredBy,
        reachStatus(r, words),
      ],
      sources: [r.source],
    }));
  return {
    caption: words.tableCaption,
    columns: [words.columnMonth, words.columnMessenger, words.columnReach, words.columnMeasuredBy, words.columnStatus, words.columnSources],
    rows,
  };
}

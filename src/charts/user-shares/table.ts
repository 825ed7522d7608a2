import type { DataTable } from '../data-table.ts';
import { formatMonth, formatReach } from '../../core/format.ts';
import type { AudienceRecord } from '../../data/schemas.ts';
import type { UserSharesData } from './layout.ts';

/** A figure's status as the table states it: from the outlet's own report, or only through a secondary one. */
export function reachStatus(r: Pick<AudienceRecord, 'reported'>): string {
  return r.reported ? 'Reported, from a secondary source' : 'Confirmed';
}

/** Every monthly-reach figure the chart can show, month by month, largest first. */
export function table(data: UserSharesData): DataTable {
  const names = new Map(data.platforms.map((p) => [p.id, p.name]));
  const rows = [...data.audience]
    .sort((a, b) => a.period.localeCompare(b.period) || b.reach - a.reach)
    .map((r) => ({
      cells: [
        formatMonth(r.period),
        names.get(r.platform)!,
        formatReach(r),
        r.analysedBy ? `Mediascope, analysed by ${r.analysedBy}` : 'Mediascope',
        reachStatus(r),
      ],
      sources: [r.source],
    }));
  return {
    caption: 'Monthly reach of messengers in Russia, in millions of people',
    columns: ['Month', 'Messenger', 'Monthly reach', 'Measured by', 'Status', 'Reported by'],
    rows,
  };
}

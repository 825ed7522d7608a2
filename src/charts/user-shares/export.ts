import type { ChartExport } from '../chart.ts';
import type { UserSharesData } from './layout.ts';
import type { UserSharesState } from './state-schema.ts';
import { reachStatus } from './table.ts';
import type { UserSharesWord } from './words.ts';
import { fill } from '../../core/fill.ts';

/** Every monthly-reach figure, month by month and largest first; a step shows the sources of its month's bars. */
export const dataExport: ChartExport<UserSharesData, UserSharesState, UserSharesWord> = {
  columns: {
    month: 'date',
    platform_id: 'code',
    platform: 'text',
    monthly_reach_millions: 'number',
    qualifier: 'code',
    measured_by: 'text',
    analysed_by: 'text',
    status: 'code',
  },
  rows: (d) => {
    const name = new Map(d.platforms.map((p) => [p.id, p.name]));
    return [...d.audience]
      .sort((a, b) => a.period.localeCompare(b.period) || b.reach - a.reach)
      .map((r) => ({
        fields: {
          month: r.period,
          platform_id: r.platform,
          platform: name.get(r.platform) ?? r.platform,
          monthly_reach_millions: r.reach,
          qualifier: r.qualifier ?? null,
          measured_by: r.measuredBy,
          analysed_by: r.analysedBy ?? null,
          status: r.reported ? 'reported' : 'confirmed',
        },
        sources: [r.source],
        figureOwner: r.measuredBy,
      }));
  },
  sourcesInView: (d, state) => [
    ...new Set(
      d.audience.filter((r) => r.period === state.period && (!state.show || state.show.includes(r.platform))).map((r) => r.source),
    ),
  ],
  codes: (d, words) => {
    const used = new Set(d.audience.map((r) => r.platform));
    return {
      platform_id: Object.fromEntries(d.platforms.filter((p) => used.has(p.id)).map((p) => [p.id, p.name])),
      qualifier: { 'more-than': words['csv.qualifier.more-than'], about: words['csv.qualifier.about'] },
      status: {
        confirmed: fill(words['csv.status.confirmed'], { status: reachStatus({ reported: false }, words) }),
        reported: fill(words['csv.status.reported'], { status: reachStatus({ reported: true }, words) }),
      },
    };
  },
};

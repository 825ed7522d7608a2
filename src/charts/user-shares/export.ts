import type { ChartExport } from '../chart.ts';
import type { UserSharesData } from './layout.ts';
import type { UserSharesState } from './state-schema.ts';

/** Every monthly-reach figure, month by month and largest first; a step shows the sources of its month's bars. */
export const dataExport: ChartExport<UserSharesData, UserSharesState> = {
  columns: ['month', 'platform_id', 'platform', 'monthly_reach_millions', 'qualifier', 'measured_by', 'analysed_by'],
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
        },
        sources: [r.source],
      }));
  },
  sourcesInView: (d, state) => [
    ...new Set(
      d.audience.filter((r) => r.period === state.period && (!state.show || state.show.includes(r.platform))).map((r) => r.source),
    ),
  ],
};

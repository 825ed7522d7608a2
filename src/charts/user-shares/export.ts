import type { ChartExport } from '../chart.ts';
import type { UserSharesData } from './layout.ts';
import type { UserSharesState } from './state-schema.ts';
import { reachStatus } from './table.ts';
import { words } from './words.ts';

/** Every monthly-reach figure, month by month and largest first; a step shows the sources of its month's bars. */
export const dataExport: ChartExport<UserSharesData, UserSharesState> = {
  columns: ['month', 'platform_id', 'platform', 'monthly_reach_millions', 'qualifier', 'measured_by', 'analysed_by', 'status'],
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
  dictionary: {
    month: { type: 'date', meaning: 'The month the figure describes (YYYY-MM).' },
    platform_id: { type: 'code', meaning: 'The messenger, as a code; `platform` gives its name.' },
    platform: { type: 'text', meaning: 'The messenger’s name, as the chart labels its bar.' },
    monthly_reach_millions: {
      type: 'number',
      unit: 'million people',
      meaning:
        'Monthly reach: how many people used the messenger at least once that month, exactly as reported, in millions (1.5 would mean 1,500,000 people). One person can use several messengers, so the figures do not add up.',
    },
    qualifier: { type: 'code', meaning: 'How the source states the figure, when it is not exact; empty for an exact figure.' },
    measured_by: { type: 'text', meaning: 'Who measured the figure: Mediascope, whose figures these are.' },
    analysed_by: { type: 'text', meaning: 'Who computed the figure from Mediascope’s data, when a third party did; otherwise empty.' },
    status: {
      type: 'code',
      meaning: 'Whether the figure comes from the reporting outlet’s own report, or only through a secondary one (drawn hollow).',
    },
  },
  codes: (d) => {
    const used = new Set(d.audience.map((r) => r.platform));
    return {
      platform_id: Object.fromEntries(d.platforms.filter((p) => used.has(p.id)).map((p) => [p.id, p.name])),
      qualifier: {
        'more-than': 'over (a lower bound; the chart prints “over … M”)',
        about: 'about (an approximation; the chart prints “about … M”)',
      },
      status: {
        confirmed: `${reachStatus({ reported: false }, words.en)} (a solid bar)`,
        reported: `${reachStatus({ reported: true }, words.en)} (a hollow bar)`,
      },
    };
  },
};

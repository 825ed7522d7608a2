import type { ChartExport } from '../chart.ts';
import type { PopulationCoverageData } from './layout.ts';
import type { PopulationCoverageState } from './state-schema.ts';

/** The population figures, then every monthly-reach figure; a step shows the population's sources and its month's. */
export const dataExport: ChartExport<PopulationCoverageData, PopulationCoverageState> = {
  columns: ['figure', 'date', 'platform_id', 'platform', 'value', 'unit', 'qualifier', 'measured_by'],
  rows: (d) => {
    const name = new Map(d.platforms.map((p) => [p.id, p.name]));
    const population = d.population.map((p) => ({
      fields: {
        figure: 'population',
        date: p.date,
        platform_id: null,
        platform: null,
        value: p.value,
        unit: 'people',
        qualifier: null,
        measured_by: 'Rosstat',
      },
      sources: p.sources,
    }));
    const reach = [...d.audience]
      .sort((a, b) => a.period.localeCompare(b.period) || b.reach - a.reach)
      .map((r) => ({
        fields: {
          figure: 'monthly reach',
          date: r.period,
          platform_id: r.platform,
          platform: name.get(r.platform) ?? r.platform,
          value: r.reach,
          unit: 'million people',
          qualifier: r.qualifier ?? null,
          measured_by: r.analysedBy ? `Mediascope, analysed by ${r.analysedBy}` : r.measuredBy,
        },
        sources: [r.source],
      }));
    return [...population, ...reach];
  },
  sourcesInView: (d, state) => [
    ...new Set([
      ...d.population.flatMap((p) => p.sources),
      ...d.audience.filter((r) => r.period === state.period && state.platforms.includes(r.platform)).map((r) => r.source),
    ]),
  ],
};

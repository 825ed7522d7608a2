import type { ChartExport } from '../chart.ts';
import type { PopulationCoverageData } from './layout.ts';
import type { PopulationCoverageState } from './state-schema.ts';
import type { PopulationCoverageWord } from './words.ts';
import { fill } from '../../core/fill.ts';

/** The population figures, then every monthly-reach figure; a step shows the population's sources and its month's. */
export const dataExport: ChartExport<PopulationCoverageData, PopulationCoverageState, PopulationCoverageWord> = {
  columns: {
    figure: 'code',
    date: 'date',
    platform_id: 'code',
    platform: 'text',
    value: 'number',
    unit: 'code',
    qualifier: 'code',
    measured_by: 'text',
    status: 'code',
  },
  rows: (d, words) => {
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
        measured_by: words['csv.measured_by.population'],
        status: p.reported ? 'reported' : 'confirmed',
      },
      sources: p.sources,
      figureOwner: 'Rosstat',
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
          measured_by: r.analysedBy ? fill(words['csv.measured_by.analysed'], { analyst: r.analysedBy }) : r.measuredBy,
          status: r.reported ? 'reported' : 'confirmed',
        },
        sources: [r.source],
        figureOwner: r.measuredBy,
      }));
    return [...population, ...reach];
  },
  sourcesInView: (d, state) => [
    ...new Set([
      ...d.population.flatMap((p) => p.sources),
      ...d.audience.filter((r) => r.period === state.period && state.platforms.includes(r.platform)).map((r) => r.source),
    ]),
  ],
  codes: (d, words) => {
    const used = new Set(d.audience.map((r) => r.platform));
    return {
      figure: { population: words['csv.figure.population'], 'monthly reach': words['csv.figure.monthly reach'] },
      platform_id: Object.fromEntries(d.platforms.filter((p) => used.has(p.id)).map((p) => [p.id, p.name])),
      unit: { people: words['csv.unit.people'], 'million people': words['csv.unit.million people'] },
      qualifier: { 'more-than': words['csv.qualifier.more-than'], about: words['csv.qualifier.about'] },
      status: { confirmed: words['csv.status.confirmed'], reported: words['csv.status.reported'] },
    };
  },
};

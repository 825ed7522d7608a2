import type { ChartExport } from '../chart.ts';
import type { PopulationCoverageData } from './layout.ts';
import type { PopulationCoverageState } from './state-schema.ts';

/** The population figures, then every monthly-reach figure; a step shows the population's sources and its month's. */
export const dataExport: ChartExport<PopulationCoverageData, PopulationCoverageState> = {
  columns: ['figure', 'date', 'platform_id', 'platform', 'value', 'unit', 'qualifier', 'measured_by', 'status'],
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
          measured_by: r.analysedBy ? `Mediascope, analysed by ${r.analysedBy}` : r.measuredBy,
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
  dictionary: {
    figure: { type: 'code', meaning: 'What the row counts: Russia’s population, or one messenger’s monthly reach.' },
    date: { type: 'date', meaning: 'The day of the population estimate (YYYY-MM-DD), or the month of a reach figure (YYYY-MM).' },
    platform_id: { type: 'code', meaning: 'For monthly reach, the messenger as a code; empty for the population.' },
    platform: { type: 'text', meaning: 'For monthly reach, the messenger’s name as the chart labels its grid; empty for the population.' },
    value: {
      type: 'number',
      unit: 'as `unit` says: people, or million people',
      meaning: 'The figure exactly as reported. The graphic draws one square per million people, rounded to the nearest million.',
    },
    unit: { type: 'code', meaning: 'The unit of `value`.' },
    qualifier: { type: 'code', meaning: 'How the source states the figure, when it is not exact; empty for an exact figure.' },
    measured_by: {
      type: 'text',
      meaning:
        'Who estimated or measured the figure: Rosstat for the population, Mediascope for monthly reach (with the analyst, when a third party computed it).',
    },
    status: {
      type: 'code',
      meaning: 'Whether the figure comes from its source’s own report, or only through a secondary one.',
    },
  },
  codes: (d) => {
    const used = new Set(d.audience.map((r) => r.platform));
    return {
      figure: {
        population: 'Russia’s population (the grid of squares, one per million people)',
        'monthly reach': 'A messenger’s monthly reach (its squares filled in its colour)',
      },
      platform_id: Object.fromEntries(d.platforms.filter((p) => used.has(p.id)).map((p) => [p.id, p.name])),
      unit: { people: 'people', 'million people': 'million people (1.5 would mean 1,500,000 people)' },
      qualifier: {
        'more-than': 'over (a lower bound; the chart prints “over … M”)',
        about: 'about (an approximation; the chart prints “about … M”)',
      },
      status: { confirmed: 'Confirmed', reported: 'Reported, from a secondary source' },
    };
  },
};

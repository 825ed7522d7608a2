import type { BanSequenceState } from '../../charts/ban-sequence/state-schema.ts';
import type { PopulationCoverageState } from '../../charts/population-coverage/state-schema.ts';
import type { UserSharesState } from '../../charts/user-shares/state-schema.ts';
import type { Datasets } from '../../data/load-datasets.ts';

/** One cell value of a downloaded data row; dates are ISO strings (YYYY-MM-DD or YYYY-MM). */
export type Cell = string | number | null;

/** One row of a chart's downloadable data: named fields, and the ids of the sources that back them. */
export interface DataRow {
  readonly fields: Readonly<Record<string, Cell>>;
  readonly sources: readonly string[];
}

/** What the educators' kit needs from each chart beyond its graphic: its raw figures and which sources a step shows. */
export interface ChartData<State> {
  /** The field names of every row, in column order. */
  readonly columns: readonly string[];
  /** Every figure the chart can draw, with machine-readable values and ISO dates. */
  readonly rows: (datasets: Datasets) => DataRow[];
  /** The ids of the sources behind what one step draws, for its source line. */
  readonly sourcesInView: (datasets: Datasets, state: State) => string[];
}

const names = (d: Datasets) => new Map(d.platforms.map((p) => [p.id, p.name]));
const unique = (ids: string[]) => [...new Set(ids)];

const userShares: ChartData<UserSharesState> = {
  columns: ['month', 'platform_id', 'platform', 'monthly_reach_millions', 'qualifier', 'measured_by', 'analysed_by'],
  rows: (d) => {
    const name = names(d);
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
  sourcesInView: (d, state) =>
    unique(d.audience.filter((r) => r.period === state.period && (!state.show || state.show.includes(r.platform))).map((r) => r.source)),
};

const populationCoverage: ChartData<PopulationCoverageState> = {
  columns: ['figure', 'date', 'platform_id', 'platform', 'value', 'unit', 'qualifier', 'measured_by'],
  rows: (d) => {
    const name = names(d);
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
  sourcesInView: (d, state) =>
    unique([
      ...d.population.flatMap((p) => p.sources),
      ...d.audience.filter((r) => r.period === state.period && state.platforms.includes(r.platform)).map((r) => r.source),
    ]),
};

/** Whether an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) falls within a window whose bounds may be years or months. */
function within(date: string, from: string, to: string): boolean {
  return date.slice(0, from.length) >= from && date.slice(0, to.length) <= to;
}

const banSequence: ChartData<BanSequenceState> = {
  columns: ['event_id', 'date', 'until', 'event', 'category', 'platforms', 'status', 'reported_detail'],
  rows: (d) => {
    const name = names(d);
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
  sourcesInView: (d, state) => unique(d.events.filter((e) => within(e.date, state.from, state.to)).flatMap((e) => e.sources)),
};

/** The kit's view of every chart in the registry, by name; a test keeps the two lists equal. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const chartData: Readonly<Record<string, ChartData<any>>> = {
  'user-shares': userShares,
  'population-coverage': populationCoverage,
  'ban-sequence': banSequence,
};

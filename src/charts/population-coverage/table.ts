import type { DataTable } from '../data-table.ts';
import { formatEventDate, formatMonth, formatReach } from '../../core/format.ts';
import type { PopulationCoverageData } from './layout.ts';
import { unitsFor } from '../../data/population-units.ts';

/** The population and every reach figure, each with the number of one-million squares it fills. */
export function table(data: PopulationCoverageData): DataTable {
  const names = new Map(data.platforms.map((p) => [p.id, p.name]));
  const population = data.population.map((p) => ({
    cells: [
      'Russia’s population (Rosstat, excluding four annexed Ukrainian regions)',
      formatEventDate(p.date),
      p.value.toLocaleString('en'),
      String(unitsFor(p.value)),
    ],
    sources: p.sources,
  }));
  const reach = [...data.audience]
    .sort((a, b) => a.period.localeCompare(b.period) || b.reach - a.reach)
    .map((r) => ({
      cells: [
        `${names.get(r.platform)!} monthly reach (Mediascope)${r.reported ? ', reported by a secondary source' : ''}`,
        formatMonth(r.period),
        formatReach(r),
        String(unitsFor(r.reach * 1_000_000)),
      ],
      sources: [r.source],
    }));
  return {
    caption: 'Monthly reach (Mediascope) against Russia’s whole population: one square per million people, rounded to the nearest million',
    columns: ['Figure', 'Date or month', 'People', 'Squares', 'Sources'],
    rows: [...population, ...reach],
  };
}

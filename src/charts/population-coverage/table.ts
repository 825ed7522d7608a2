import type { ChartText } from '../chart-words.ts';
import type { DataTable } from '../data-table.ts';
import { fill } from '../../core/fill.ts';
import { formatEventDate, formatMonth, formatNumber, formatReach } from '../../core/format.ts';
import type { PopulationCoverageData } from './layout.ts';
import { unitsFor } from '../../data/population-units.ts';
import type { PopulationCoverageWord } from './words.ts';

/** The population and every reach figure, each with the number of one-million squares it fills. */
export function table(data: PopulationCoverageData, { locale, words }: ChartText<PopulationCoverageWord>): DataTable {
  const names = new Map(data.platforms.map((p) => [p.id, p.name]));
  const population = data.population.map((p) => ({
    cells: [
      words.tablePopulation,
      formatEventDate(p.date, undefined, {}, locale),
      formatNumber(p.value, locale),
      String(unitsFor(p.value)),
    ],
    sources: p.sources,
  }));
  const reach = [...data.audience]
    .sort((a, b) => a.period.localeCompare(b.period) || b.reach - a.reach)
    .map((r) => ({
      cells: [
        fill(r.reported ? words.tableReachReported : words.tableReach, { platform: names.get(r.platform)! }),
        formatMonth(r.period, locale),
        formatReach(r, locale),
        String(unitsFor(r.reach * 1_000_000)),
      ],
      sources: [r.source],
    }));
  return {
    caption: words.tableCaption,
    columns: [words.columnFigure, words.columnDate, words.columnPeople, words.columnSquares, words.columnSources],
    rows: [...population, ...reach],
  };
}

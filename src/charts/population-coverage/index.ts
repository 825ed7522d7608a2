import type { Datasets } from '../../data/load-datasets.ts';
import { defineChart } from '../chart.ts';
import { dataExport } from './export.ts';
import { layout, type PopulationCoverageData } from './layout.ts';
import { stateSchema } from './state-schema.ts';
import { styles } from './styles.ts';
import { table } from './table.ts';
import { words } from './words.ts';

/** Monthly reach as a share of Russia's population, one square per million people. */
export const populationCoverage = defineChart({
  name: 'population-coverage',
  words,
  stateSchema,
  sizes: { narrow: { width: 320, height: 440 }, wide: { width: 640, height: 330 } },
  select: (d: Datasets): PopulationCoverageData => ({
    population: d.population,
    platforms: d.platforms,
    audience: d.audience,
    sources: d.sources,
  }),
  layout,
  table,
  export: dataExport,
  styles,
});

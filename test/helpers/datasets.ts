import { loadDatasets, type Datasets } from '../../src/data/load-datasets.ts';
import { siteRoot } from './paths.ts';

/** The site's real, validated data, loaded once per test file. */
export const datasets: Datasets = await loadDatasets(siteRoot);

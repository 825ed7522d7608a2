import type { Datasets } from '../data/load-datasets.ts';
import { currentTo as storyCurrentTo } from '../data/newest-source.ts';

/**
 * The date the site is current to (YYYY-MM-DD, YYYY-MM or YYYY), as every embed, download, citation and handout
 * prints it: the same rule as the "Current to" line on every chapter (src/data/newest-source.ts).
 */
export function currentTo(datasets: Pick<Datasets, 'sources' | 'events'>): string {
  return storyCurrentTo(datasets);
}

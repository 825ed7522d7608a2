import type { Datasets } from '../data/load-datasets.ts';
import { newestSourceDate } from '../data/newest-source.ts';

/**
 * The date the site is current to (YYYY-MM-DD, YYYY-MM or YYYY), as every embed, download, citation and handout
 * prints it. The one call into the site's "current to" rule, so a change to that rule reaches the whole kit.
 */
export function currentTo(datasets: Pick<Datasets, 'sources'>): string {
  return newestSourceDate(datasets.sources);
}

import type { Datasets } from '../../data/load-datasets.ts';
import { defineChart } from '../chart.ts';
import { dataExport } from './export.ts';
import { layout, type UserSharesData } from './layout.ts';
import { stateSchema } from './state-schema.ts';
import { styles } from './styles.ts';
import { table } from './table.ts';
import { words } from './words.ts';

/** Monthly reach of each messenger, one month at a time. */
export const userShares = defineChart({
  name: 'user-shares',
  words,
  stateSchema,
  sizes: { narrow: { width: 320, height: 360 }, wide: { width: 640, height: 320 } },
  select: (d: Datasets): UserSharesData => ({ platforms: d.platforms, audience: d.audience, sources: d.sources }),
  layout,
  table,
  export: dataExport,
  styles,
});

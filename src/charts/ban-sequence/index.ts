import type { Datasets } from '../../data/load-datasets.ts';
import { defineChart } from '../chart.ts';
import { dataExport } from './export.ts';
import { layout, type BanSequenceData } from './layout.ts';
import { stateSchema } from './state-schema.ts';
import { styles } from './styles.ts';
import { table } from './table.ts';
import { words } from './words.ts';

/** The sequence of laws, blocks, slowdowns, restrictions, fines, launches and statements, 2012–2026. */
export const banSequence = defineChart({
  name: 'ban-sequence',
  words,
  stateSchema,
  sizes: { narrow: { width: 320, height: 400 }, wide: { width: 640, height: 340 } },
  select: (d: Datasets): BanSequenceData => ({ events: d.events, platforms: d.platforms }),
  layout,
  table,
  export: dataExport,
  styles,
});

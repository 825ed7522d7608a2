import type { Chart } from './chart.ts';
import { banSequence } from './ban-sequence/index.ts';
import { populationCoverage } from './population-coverage/index.ts';
import { userShares } from './user-shares/index.ts';

/** Every chart an author may name in `<Scrolly chart="…">`, by name. */
// Each entry keeps its own Data and State types; the registry only needs to hand them back together.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const charts: Readonly<Record<string, Chart<any, any>>> = {
  [userShares.name]: userShares,
  [banSequence.name]: banSequence,
  [populationCoverage.name]: populationCoverage,
};

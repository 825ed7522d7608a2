/**
 * `npm run pseudo-locale [-- 1.3 1.9]`: lays out every step of every English chapter, at both sizes, in a pseudo-locale
 * whose every word is stretched by each factor given (1.3, 1.6 and 1.9 unless told), and prints which frames would not
 * fit and why (src/build/i18n/pseudo-locale.ts). Run it before translating into a language whose words run longer
 * than English: a frame it lists needs room in its layout, or shorter words. It reports; it does not fail.
 */
import { englishSteps } from '../src/build/i18n/english-steps.ts';
import { pseudoProblems } from '../src/build/i18n/pseudo-locale.ts';
import { loadDatasets } from '../src/data/load-datasets.ts';

const root = process.cwd();
const factors = process.argv.slice(2).map(Number);
if (factors.some((f) => !(f >= 1)))
  throw new Error(`pseudo-locale: each factor must be a number of 1 or more, not ${process.argv.slice(2).join(' ')}`);
const datasets = await loadDatasets(root);
const steps = englishSteps(root, datasets);

for (const factor of factors.length ? factors : [1.3, 1.6, 1.9]) {
  const problems = pseudoProblems(steps, datasets, factor);
  console.info(`\nEvery word ${factor} times as wide: ${problems.length} of ${2 * steps.length} frames would not fit.`);
  const charts = [...new Set(steps.map((s) => s.chart))];
  const count = (chart: string, size: string) =>
    `${problems.filter((p) => p.chart === chart && p.size === size).length}/${steps.filter((s) => s.chart === chart).length}`;
  console.table(Object.fromEntries(charts.map((chart) => [chart, { narrow: count(chart, 'narrow'), wide: count(chart, 'wide') }])));
  for (const p of problems)
    console.info(
      `  ${p.chapter}, step "${p.step}", ${p.size}: ${p.problems[0]}${p.problems.length > 1 ? ` (and ${p.problems.length - 1} more)` : ''}`,
    );
}

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './paths.ts';

/** The fixture chart's name, and the folder it is written in (test/fixtures/chart/event-tally/). */
export const fixtureChart = { name: 'event-tally', folder: join(projectRoot, 'test/fixtures/chart/event-tally') } as const;

/**
 * Adds the fixture chart to a copy of the project exactly as docs/authoring.md ("Add a chart") tells a maintainer to:
 * its folder under src/charts/, and one import and one entry in src/charts/registry.ts. Nothing else is touched; the
 * build of the copy then proves that this is enough for its figure, table, styles and downloads. Returns the paths
 * it changed, relative to the copy.
 */
export function installFixtureChart(root: string): string[] {
  cpSync(fixtureChart.folder, join(root, 'src/charts', fixtureChart.name), { recursive: true });
  const registry = join(root, 'src/charts/registry.ts');
  const text = readFileSync(registry, 'utf8');
  const lastImport = text.lastIndexOf('\nimport ');
  const afterImports = text.indexOf('\n', lastImport + 1) + 1;
  const withImport = `${text.slice(0, afterImports)}import { eventTally } from './event-tally/index.ts';\n${text.slice(afterImports)}`;
  const end = withImport.lastIndexOf('};');
  writeFileSync(registry, `${withImport.slice(0, end)}  [eventTally.name]: eventTally,\n${withImport.slice(end)}`);
  return [`src/charts/${fixtureChart.name}/`, 'src/charts/registry.ts'];
}

/** A story on the fixture chart, for a chapter of the copy. */
export const fixtureChartStory = `<Scrolly chart="event-tally">
  <Step id="fixture-tally-2025" state={{ from: 2025, to: 2025 }} alt="The events of 2025, counted by category.">
    The events of one year, counted.
  </Step>
  <Step id="fixture-tally-all" state={{ from: 2012, to: 2026 }} alt="Every event from 2012 to 2026, counted by category.">
    Every year at once.
  </Step>
</Scrolly>`;

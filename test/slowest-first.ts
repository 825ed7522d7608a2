import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, slowest first, as measured in a full run (on two cores, with five workers, before 4
 * December; each file's time as vitest reports it). They start first so that the workers finish together. Without
 * this, a fresh clone (which has no record of earlier runs) would start the largest files first, and a long file
 * started late (a build, an engine) would run on alone at the end.
 */
const slowest = [
  // Not the slowest, but on one core, and longest alone: first, so that it never runs on alone at the end.
  'test/type-check.test.ts',
  'test/dev/data-reload.test.ts',
  'test/browser/viewports.test.ts',
  'test/engines/reading.webkit.test.ts',
  'test/browser/site.test.ts',
  'test/browser/embeds.test.ts',
  'test/site/bad-content.test.ts',
  'test/engines/reading.firefox.test.ts',
  'test/browser/steps.test.ts',
  'test/browser/reading.test.ts',
  'test/browser/card-in-view.test.ts',
  'test/browser/stories.test.ts',
  'test/build/mdx/collisions.test.ts',
  'test/site/subpath.test.ts',
  'test/browser/mirror.test.ts',
  'test/site/static.test.ts',
  'test/scripts/start.test.ts',
  'test/browser/educators.test.ts',
  'test/browser/present.test.ts',
  'test/build/cite/format-citation.test.ts',
  'test/charts/every-state.test.ts',
  'test/browser/teacher.test.ts',
  'test/browser/handout.test.ts',
  'test/site/citations.test.ts',
  'test/browser/lesson.test.ts',
  'test/site/figures.test.ts',
];

/** Runs the files above in that order, then every other file in vitest's own order. */
export class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const at = slowest.findIndex((path) => file.moduleId.endsWith(path));
      return at < 0 ? slowest.length : at;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

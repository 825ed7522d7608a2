import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take minutes, slowest first, as measured in CI (a fresh clone, three workers on two cores). They
 * start first so that the three workers finish together. Without this, a fresh clone (which has no record of earlier
 * runs) would start the largest files first, and the three engine files, three lines each, would run last, alone.
 */
const slowest = [
  'test/browser/viewports.test.ts',
  'test/browser/site.test.ts',
  'test/browser/reading.test.ts',
  'test/engines/reading.webkit.test.ts',
  'test/engines/reading.chromium.test.ts',
  'test/engines/reading.firefox.test.ts',
  'test/browser/steps.test.ts',
  'test/browser/card-in-view.test.ts',
  'test/site/subpath.test.ts',
  'test/scripts/start.test.ts',
  'test/browser/educators.test.ts',
  'test/browser/stories.test.ts',
  'test/site/bad-content.test.ts',
  'test/dev/data-reload.test.ts',
  'test/site/static.test.ts',
  'test/browser/dom-size.test.ts',
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

import { distDir, siteRoot } from './paths.ts';
import { severalStoriesSite } from './several-stories-site.ts';

/** A built copy of the project: its folder (content/ and the rest) and its dist/. */
export interface BuiltSite {
  readonly name: string;
  readonly root: string;
  readonly dist: string;
}

/**
 * Every site the test run builds whole (test/global-setup.ts): the project itself and the copy with a sixth chapter of
 * several stories (test/helpers/several-stories-site.ts). The build-output tests that derive chapters, stories and
 * steps from the content run over each (describe.each), so that none of them may assume today's chapters, charts or
 * one story per chapter. Throws, with the build's output, when the copy did not build.
 */
export function builtSites(): BuiltSite[] {
  return [
    { name: 'the site', root: siteRoot, dist: distDir },
    { name: 'the copy with a sixth chapter of several stories', ...severalStoriesSite() },
  ];
}

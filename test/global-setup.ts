import { browserSkipReason } from './helpers/chromium.ts';
import { runAstroBuild } from './helpers/fixture-build.ts';
import { projectRoot } from './helpers/paths.ts';
import { buildSeveralStoriesSite, removeSeveralStoriesSite, severalStoriesBuilt } from './helpers/several-stories-site.ts';

/**
 * Builds the site once for every build-output and browser test and, beside it, the copy with a sixth chapter of
 * several stories (test/helpers/several-stories-site.ts); says why browser tests will be skipped.
 *
 * A run given a built site in TEST_SITE_ROOT (`TEST_SITE_ROOT=$PWD npx vitest run <files>` after `npx astro build`)
 * checks that site as it is: whoever named it built it. Such a run builds the copy only when no earlier run left one
 * of the copy as it is described now, and leaves it for the next.
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const reason = browserSkipReason();
  if (reason) console.warn(`Browser tests skipped: ${reason}.`);
  if (process.env.TEST_SITE_ROOT) {
    if (!severalStoriesBuilt()) await buildSeveralStoriesSite();
    return undefined;
  }
  const [site] = await Promise.all([runAstroBuild(projectRoot), buildSeveralStoriesSite()]);
  if (!site.ok) throw new Error(`astro build failed:\n${site.output}`);
  return removeSeveralStoriesSite;
}

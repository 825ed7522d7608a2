import { browserSkipReason } from './helpers/chromium.ts';
import { runAstroBuild } from './helpers/fixture-build.ts';
import { projectRoot } from './helpers/paths.ts';
import { buildSeveralStoriesSite, removeSeveralStoriesSite } from './helpers/several-stories-site.ts';

/**
 * Builds the site once for every build-output and browser test and, beside it, the copy with a sixth chapter of
 * several stories (test/helpers/several-stories-site.ts); says why browser tests will be skipped. A run given a copy
 * in TEST_SITE_ROOT (more-chapters.test.ts) checks that copy as it is: whoever named it built it.
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const reason = browserSkipReason();
  if (reason) console.warn(`Browser tests skipped: ${reason}.`);
  if (process.env.TEST_SITE_ROOT) return undefined;
  const [site] = await Promise.all([runAstroBuild(projectRoot), buildSeveralStoriesSite()]);
  if (!site.ok) throw new Error(`astro build failed:\n${site.output}`);
  return removeSeveralStoriesSite;
}

import type { TestProject } from 'vitest/node';
import { browserSkipReason } from './helpers/chromium.ts';
import { projectRoot } from './helpers/paths.ts';
import { buildSeveralStoriesSite, removeSeveralStoriesSite, severalStoriesBuilt } from './helpers/several-stories-site.ts';
import { startSite } from './helpers/started-site.ts';

/**
 * Builds the site once for every build-output and browser test, with `npm start`, the README's first command, which
 * then serves it for test/scripts/start.test.ts to check and stop; and, beside it, the copy with a sixth chapter of
 * several stories (test/helpers/several-stories-site.ts). Says why browser tests will be skipped.
 *
 * A run given a built site in TEST_SITE_ROOT (`TEST_SITE_ROOT=$PWD npx vitest run <files>` after `npx astro build`)
 * checks that site as it is: whoever named it built it. Such a run builds the copy only when no earlier run left one
 * of the copy as it is described now, and leaves it for the next.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const reason = browserSkipReason();
  if (reason) console.warn(`Browser tests skipped: ${reason}.`);
  project.provide('startedSite', undefined);
  if (process.env.TEST_SITE_ROOT) {
    if (!severalStoriesBuilt()) await buildSeveralStoriesSite();
    return undefined;
  }
  const [started] = await Promise.all([startSite(projectRoot), buildSeveralStoriesSite()]);
  const { npm } = started;
  project.provide('startedSite', { pid: npm.pid!, url: started.url!, output: started.output() });
  return async () => {
    // start.test.ts stops it; should that test not have run, or failed before it did, it stops here.
    if (npm.exitCode === null && npm.signalCode === null) {
      const exited = new Promise((resolve) => npm.once('exit', resolve));
      npm.kill('SIGTERM');
      await exited;
    }
    await removeSeveralStoriesSite();
  };
}

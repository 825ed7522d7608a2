import type { TestProject } from 'vitest/node';
import { browserSkipReason } from './helpers/chromium.ts';
import { projectRoot } from './helpers/paths.ts';
import { buildSeveralStoriesSite, removeSeveralStoriesSite, severalStoriesBuilt } from './helpers/several-stories-site.ts';
import { portIsOpen, servedAt, startSite } from './helpers/started-site.ts';

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
  // npm start serves where a reader's would, on its default port: something else there (another npm start, astro dev)
  // would answer in its place.
  const { hostname, port } = new URL(servedAt);
  if (await portIsOpen(Number(port), hostname))
    throw new Error(`${servedAt} is in use: stop what serves there (npm start, astro dev, npm run preview), then run the tests`);
  const [started, copy] = await Promise.allSettled([startSite(projectRoot), buildSeveralStoriesSite()]);
  const npm = started.status === 'fulfilled' ? started.value.npm : undefined;
  const stop = async () => {
    if (!npm || npm.exitCode !== null || npm.signalCode !== null) return;
    const exited = new Promise((resolve) => npm.once('exit', resolve));
    npm.kill('SIGTERM');
    await exited;
  };
  // However vitest ends, the server goes with it: a server left on the port would stand in for the next run's.
  if (npm) process.once('exit', () => npm.kill('SIGKILL'));
  if (started.status === 'rejected' || copy.status === 'rejected') {
    await stop();
    throw started.status === 'rejected' ? started.reason : (copy as PromiseRejectedResult).reason;
  }
  project.provide('startedSite', { pid: npm!.pid!, url: started.value.url!, output: started.value.output() });
  return async () => {
    // start.test.ts stops it; should that test not have run, or failed before it did, it stops here.
    await stop();
    await removeSeveralStoriesSite();
  };
}

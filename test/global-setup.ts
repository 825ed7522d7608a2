import { spawnSync } from 'node:child_process';
import { browserSkipReason } from './helpers/chromium.ts';
import { siteRoot } from './helpers/paths.ts';

/** Builds the site once for every build-output and browser test, and says why browser tests will be skipped. */
export default function setup(): void {
  const reason = browserSkipReason();
  if (reason) console.warn(`Browser tests skipped: ${reason}.`);
  const result = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
    cwd: siteRoot,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
}

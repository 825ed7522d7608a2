import { defineConfig } from 'vitest/config';
import { SlowestFirst } from './test/slowest-first.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Dates on the site are calendar dates; pin the zone so no test depends on the machine's.
    env: { TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1' },
    allowOnly: false,
    pool: 'forks',
    // Browser files wait on loads and transitions between bursts of work: five files at a time keep 2 cores busy (a
    // fresh-clone run measured 96% busy with five, and 10% slower with three; more contention, not more work).
    // One process per worker for the whole run, reused by its files (no isolation): each file then skips loading
    // vitest, zod and the helpers again (a full run: 272 s without, 260 s with). No test relies on a fresh module
    // graph. minForks must equal maxForks: with fewer, vitest stops idle workers mid-run and they crash.
    poolOptions: { forks: { maxForks: 5, minForks: 5, isolate: false } },
    sequence: { sequencer: SlowestFirst },
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

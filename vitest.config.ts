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
    poolOptions: { forks: { maxForks: 5, minForks: 1 } },
    sequence: { sequencer: SlowestFirst },
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

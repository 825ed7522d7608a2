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
    // Four files at a time on 2 cores: browser files wait on loads, timers and transitions between bursts of work, so
    // fewer leave a core idle. Full runs of the suite (CI=true npm test), 5 December, at e73b9a3: three workers 366 s,
    // four 324 s, five 344 s (each worker also parses the built sites once, and five browsers at once cost more CPU).
    // On 4 December, with fewer browser files, three had been best (227 s; four 235 s).
    // One process per worker for the whole run, reused by its files (no isolation): each file then skips loading
    // vitest, zod and the helpers again (a full run: 272 s without, 260 s with). No test relies on a fresh module
    // graph. minForks must equal maxForks: with fewer, vitest stops idle workers mid-run and they crash.
    poolOptions: { forks: { maxForks: 4, minForks: 4, isolate: false } },
    sequence: { sequencer: SlowestFirst },
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

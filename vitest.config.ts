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
    // Three files at a time on 2 cores: browser files wait on loads and transitions between bursts of work, so two
    // leave a core idle, and more make each other slower. Full runs of the suite on this tree, 4 December: two workers
    // 247 s (441 busy CPU-s), three 227 s (437), four 235 s (458), five 256 to 268 s (502 to 522): five browsers and
    // their test processes at once cost more CPU for the same work.
    // One process per worker for the whole run, reused by its files (no isolation): each file then skips loading
    // vitest, zod and the helpers again (a full run: 272 s without, 260 s with). No test relies on a fresh module
    // graph. minForks must equal maxForks: with fewer, vitest stops idle workers mid-run and they crash.
    poolOptions: { forks: { maxForks: 3, minForks: 3, isolate: false } },
    sequence: { sequencer: SlowestFirst },
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

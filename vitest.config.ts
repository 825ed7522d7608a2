import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Dates on the site are calendar dates; pin the zone so no test depends on the machine's.
    env: { TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1' },
    allowOnly: false,
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

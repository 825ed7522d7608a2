import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { siteRoot } from './helpers/paths.ts';

/**
 * `astro check`: TypeScript's strict check of every .ts file and Astro's of every .astro file, as `npm run check` runs
 * it. It runs here, beside the other files, rather than before vitest: it works on one core, and here the other core
 * goes on with the tests. It starts after the global setup's build, the only writer of `.astro/` in the project (every
 * other build in the run works on a copy), and only reads it.
 */
describe('the type check', () => {
  it('finds no error in any .ts or .astro file (astro check)', async () => {
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      // --noSync: the build before it (the global setup's, or whoever built the site a run is given) wrote `.astro/`
      // from the same sources, and syncing again cost about 5 CPU-s.
      const child = spawn(process.execPath, ['node_modules/astro/astro.js', 'check', '--noSync'], {
        cwd: siteRoot,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, output }));
    });
    const errors = output.split('\n').filter((line) => / - error /.test(line) || /error ts\(\d+\)/.test(line));
    expect(errors, output.slice(-4000)).toEqual([]);
    expect(output).toMatch(/- 0 errors/);
    expect(code).toBe(0);
  }, 180_000);
});

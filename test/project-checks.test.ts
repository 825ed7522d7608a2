import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers/paths.ts';

/** Runs one of the project's own tools in its root; resolves with its exit code and everything it printed. */
function run(command: string, args: readonly string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

/**
 * The type checker, the formatter and the linter, as `npm run check` and `npm run lint` run them, as part of the test
 * run: in its worker pool, beside the browser files, which spend much of their time waiting, rather than before it.
 * `astro check` runs without syncing Astro's generated types: the test run's setup has just built the site, which
 * wrote them, and nothing writes them while the tests run (the builds they make are in copies), so the check reads
 * the very types the build made, and no two processes write .astro/ at once.
 */
describe.concurrent('the code', () => {
  it('type-checks: astro check finds no error in any .astro or .ts file', async () => {
    const { code, output } = await run('npx', ['astro', 'check', '--noSync']);
    expect(output).toMatch(/Result \(\d+ files\)/);
    expect(code, output).toBe(0);
  }, 300_000);

  it('is formatted as Prettier formats it, and passes ESLint', async () => {
    const prettier = await run('npx', ['prettier', '--check', '.']);
    expect(prettier.code, prettier.output).toBe(0);
    const eslint = await run('npx', ['eslint', '.']);
    expect(eslint.code, eslint.output).toBe(0);
  }, 300_000);
});

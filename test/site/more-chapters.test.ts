import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';
import { severalStories, severalStoriesSite } from '../helpers/several-stories-site.ts';

/** Runs vitest on some test files against the built copy of the project at `siteRoot`. */
function runTests(siteRoot: string, files: readonly string[]): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve, reject) => {
    const { CI: _ci, ...env } = process.env;
    const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...files], {
      cwd: projectRoot,
      env: { ...env, TEST_SITE_ROOT: siteRoot, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

/**
 * A maintainer adds a sixth chapter with four stories (on the three charts, one of them twice) and prose between them,
 * exactly as docs/authoring.md says (test/helpers/several-stories-site.ts; the global setup builds it). The build-output
 * tests, which derive chapters, stories and steps from the content, must pass on that copy unchanged: nothing in them
 * may assume five chapters or one story per chapter.
 */
describe('a sixth chapter with several stories', () => {
  it('builds, and passes every build-output test unchanged', { timeout: 300_000 }, async () => {
    const site = severalStoriesSite();
    const { ok, output } = await runTests(site.root, [
      'test/site/pages.test.ts',
      'test/site/output.test.ts',
      'test/site/citations.test.ts',
    ]);
    expect(ok, output.slice(-6000)).toBe(true);
    // The run checked the copy: the sixth chapter's stories and their data tables were among the tests.
    expect(output).toMatch(/Tests\s+\d+ passed/);
    const built = await readFile(join(site.dist, 'chapters/several-stories/index.html'), 'utf8');
    expect(built.match(/<scrolly-story/g)).toHaveLength(severalStories.stories);
    expect([...built.matchAll(/class="data-table" id="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'data-user-shares',
      'data-population-coverage',
      'data-ban-sequence',
      'data-user-shares-2',
    ]);
    expect(built).toContain('Chapter 6 of 6');
  });
});

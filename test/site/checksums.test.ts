import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSums, sumsFile } from '../../src/build/verify/sha256-sums.ts';
import { builtSites } from '../helpers/built-sites.ts';

describe.each(builtSites())('$name: its SHA256SUMS', ({ dist }) => {
  // Written last of all the build's steps: under a path too, where the headers file is rewritten for the base.
  const manifest = readFileSync(join(dist, sumsFile), 'utf8');

  it('lists every file the build wrote, each with its SHA-256, hidden files and host files too', async () => {
    expect(await checkSums(dist, manifest)).toEqual([]);
    const paths = manifest
      .trimEnd()
      .split('\n')
      .map((line) => line.slice(66));
    expect(paths).toEqual(expect.arrayContaining(['.nojekyll', '_headers', 'sitemap-index.xml', 'index.html', 'ru/index.html']));
    expect(paths).not.toContain(sumsFile);
  });

  it('is what sha256sum -c reads, from inside the folder', () => {
    expect(() => execFileSync('sha256sum', ['-c', '--strict', '--quiet', sumsFile], { cwd: dist, stdio: 'pipe' })).not.toThrow();
  });
});

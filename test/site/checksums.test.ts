import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSums, sumsFile } from '../../src/build/verify/sha256-sums.ts';
import { distFiles } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';

describe('the built site’s SHA256SUMS', () => {
  it('lists every file the build wrote, each with its SHA-256, as sha256sum -c reads it', async () => {
    const manifest = readFileSync(join(distDir, sumsFile), 'utf8');
    expect(manifest.trimEnd().split('\n')).toHaveLength(distFiles().filter((file) => file !== sumsFile).length);
    expect(await checkSums(distDir, manifest)).toEqual([]);
  });
});

import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256Sums, sumsFile } from '../verify/sha256-sums.ts';

/**
 * Writes SHA256SUMS at the top of the built site, last of all the build's steps: the SHA-256 of every file it holds
 * (issue 26), which `npm run sign` signs and `npm run verify` or `sha256sum -c` checks a copy against.
 */
export function checksums(): AstroIntegration {
  return {
    name: 'checksums',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const folder = fileURLToPath(dir);
        await writeFile(join(folder, sumsFile), await sha256Sums(folder));
      },
    },
  };
}

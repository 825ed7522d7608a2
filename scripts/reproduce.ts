/**
 * `npm run reproduce`: builds the site twice from scratch, each time with Astro's caches cleared (`--force`) into a
 * folder of its own, and checks that the two builds' SHA256SUMS are the same, so that anyone who builds a tag of this
 * repository gets the very bytes its publisher signed (issue 26). Exits with 1, naming every file whose bytes differ,
 * when they are not. CI runs it after the tests (.ci/run): it takes two whole builds, which the tests' time does not
 * allow. The builds read the same environment (SITE_URL and the rest) as any build here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sumsFile } from '../src/build/verify/sha256-sums.ts';

/** Each line of a SHA256SUMS by its file: "<hash>  <file>". */
const byFile = (sums: string) => new Map(sums.trim().split('\n').map((line) => [line.slice(66), line.slice(0, 64)] as const));

const folder = mkdtempSync(join(tmpdir(), 'reproduce-'));
try {
  const builds = ['first', 'second'].map((name) => {
    const out = join(folder, name);
    console.info(`reproduce: the ${name} clean build, into ${out}`);
    execFileSync('npx', ['astro', 'build', '--force', '--outDir', out], { stdio: ['ignore', 'ignore', 'inherit'] });
    return byFile(readFileSync(join(out, sumsFile), 'utf8'));
  });
  const [first, second] = builds as [Map<string, string>, Map<string, string>];
  const files = [...new Set([...first.keys(), ...second.keys()])].sort();
  const differ = files.filter((file) => first.get(file) !== second.get(file));
  if (differ.length) {
    console.error(`reproduce: two clean builds differ in ${differ.length} of ${files.length} files:\n${differ.join('\n')}`);
    process.exitCode = 1;
  } else console.info(`reproduce: two clean builds give the same ${sumsFile}: ${files.length} files, byte for byte.`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

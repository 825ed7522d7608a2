/**
 * `npm run reproduce`: builds the site twice from scratch (`astro build --force`, which clears Astro's caches), as
 * `npm run build` does, into dist/, and checks that the two builds' SHA256SUMS are the same, so that anyone who builds
 * a tag of this repository gets the very bytes its publisher signed (issue 26). Exits with 1, naming every file whose
 * bytes differ, when they are not. CI runs it after the tests (.ci/run): two whole builds do not fit in the tests'
 * time. Both builds read the same environment (SITE_URL and the rest); dist/ is left as the second made it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sumsFile } from '../src/build/verify/sha256-sums.ts';

/** Each line of a SHA256SUMS by its file: "<hash>  <file>". */
const byFile = (sums: string) =>
  new Map(
    sums
      .trim()
      .split('\n')
      .map((line) => [line.slice(66), line.slice(0, 64)] as const),
  );

const [first, second] = ['first', 'second'].map((name) => {
  console.info(`reproduce: the ${name} clean build`);
  execFileSync('npx', ['astro', 'build', '--force'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return byFile(readFileSync(join('dist', sumsFile), 'utf8'));
}) as [Map<string, string>, Map<string, string>];
const files = [...new Set([...first.keys(), ...second.keys()])].sort();
const differ = files.filter((file) => first.get(file) !== second.get(file));
if (differ.length) {
  console.error(`reproduce: two clean builds differ in ${differ.length} of ${files.length} files:\n${differ.join('\n')}`);
  process.exitCode = 1;
} else console.info(`reproduce: two clean builds give the same ${sumsFile}: ${files.length} files, byte for byte.`);

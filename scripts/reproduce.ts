/**
 * `npm run reproduce`: builds the site twice from scratch, as `npm run build` does, into dist/ (`astro build --force`,
 * with no cache of Astro's or of drawn PNGs), and checks that the two builds' SHA256SUMS are the same, so that anyone
 * who builds a tag of this repository gets the very bytes its publisher signed (issue 26). Exits with 1, naming every
 * file whose bytes differ, when they are not. CI runs it after the tests (.ci/run): the tests already use their five
 * minutes. Both builds read the same environment (SITE_URL and the rest) on the same machine: the PNGs are drawn with
 * its fonts (src/build/kit/rasterise.ts), so another machine matches them only with the same fonts and librsvg. dist/
 * is left as the second build made it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
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
  // Clean of every cache: Astro's (--force), and the drawn PNGs' (src/build/kit/rasterise.ts), which would hand the
  // second build the first one's PNGs.
  rmSync(join('node_modules', '.cache', 'explainer-png'), { recursive: true, force: true });
  execFileSync('npx', ['astro', 'build', '--force'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return byFile(readFileSync(join('dist', sumsFile), 'utf8'));
}) as [Map<string, string>, Map<string, string>];
const files = [...new Set([...first.keys(), ...second.keys()])].sort();
const differ = files.filter((file) => first.get(file) !== second.get(file));
if (differ.length) {
  console.error(`reproduce: two clean builds differ in ${differ.length} of ${files.length} files:\n${differ.join('\n')}`);
  process.exitCode = 1;
} else console.info(`reproduce: two clean builds give the same ${sumsFile}: ${files.length} files, byte for byte.`);

import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkContent } from '../../src/build/content/check-content.ts';
import { contentReport } from '../../src/build/content/content-report.ts';
import { projectRoot } from './paths.ts';

/** The outcome of building a changed copy of the project. */
export interface FixtureBuild {
  readonly ok: boolean;
  /** Everything the build printed, stdout and stderr together. */
  readonly output: string;
}

/** A change to make in the copy: replace `find` with `replace` in `file` (relative to the project root). */
export interface Edit {
  readonly file: string;
  readonly find: string | RegExp;
  readonly replace: string;
}

/**
 * Copies the project (sharing node_modules), applies the edits, runs `astro build` there and returns what it said.
 * Throws when an edit finds nothing, so a fixture can never silently test the unchanged site. `inspect`, when given,
 * is called with the copy's dist/ folder after a successful build, before the copy is removed.
 */
export async function buildWith(edits: readonly FixtureEdit[], inspect?: (distDir: string) => void | Promise<void>): Promise<FixtureBuild> {
  const dir = await fixtureCopy(edits);
  try {
    const result = await runAstroBuild(dir);
    if (result.ok && inspect) await inspect(join(dir, 'dist'));
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A change to the copy: an edit in place, or a whole file written. */
export type FixtureEdit = Edit | { readonly file: string; readonly content: string };

/**
 * Checks a changed copy of the content the way the build does first (the content-check integration), in this process,
 * and returns whether it passed and the report the build would print. A content mistake stops the build before Astro
 * builds anything, so this says what `astro build` says, in a fraction of the time; bad-content.test.ts builds one
 * fixture, with mistakes of several kinds, for real to prove that the build prints this same report.
 */
export async function checkWith(edits: readonly FixtureEdit[]): Promise<FixtureBuild> {
  const dir = await copyInto(['content'], edits);
  try {
    const { errors, skipped } = await checkContent(dir);
    return { ok: errors.length === 0, output: errors.length ? contentReport(errors, skipped) : '' };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Copies the project (sharing node_modules) into `dir`, or a new folder under test/.tmp, and applies the edits. Throws
 * when an edit finds nothing, so a fixture can never silently test the unchanged site.
 */
export async function fixtureCopy(edits: readonly FixtureEdit[], dir?: string): Promise<string> {
  dir = await copyInto(['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'], edits, dir);
  await linkNodeModules(dir);
  return dir;
}

/** Copies these entries of the project into `dir`, or a new folder under test/.tmp, and applies the edits there. */
async function copyInto(entries: readonly string[], edits: readonly FixtureEdit[], into?: string): Promise<string> {
  await mkdir(join(projectRoot, 'test/.tmp'), { recursive: true });
  const dir = into ?? (await mkdtemp(join(projectRoot, 'test/.tmp/fixture-')));
  if (into) await mkdir(into, { recursive: true });
  for (const entry of entries) await cp(join(projectRoot, entry), join(dir, entry), { recursive: true });
  for (const edit of edits) {
    const path = join(dir, edit.file);
    if ('content' in edit) {
      await writeFile(path, edit.content);
      continue;
    }
    const before = await readFile(path, 'utf8');
    const after = before.replace(edit.find, edit.replace);
    if (after === before) throw new Error(`fixture edit found nothing to change: ${String(edit.find)} in ${edit.file}`);
    await writeFile(path, after);
  }
  return dir;
}

/**
 * Gives a copy of the project the project's packages: each entry of node_modules is linked, except Astro's build
 * cache (node_modules/.astro, which holds the content data store), which is copied. Shared, builds running side by
 * side would read each other's content; copied, each build still starts warm. (A half-written copy is harmless: Astro
 * starts from an empty store when it cannot read it.) The cache of drawn PNGs (node_modules/.cache) is made first if it
 * is not there yet, as on a fresh clone, so that it is linked too: a copy built beside the site then reads the PNGs
 * the site has drawn instead of drawing them all again (src/build/kit/rasterise.ts writes each whole, then renames it).
 */
export async function linkNodeModules(dir: string): Promise<void> {
  const from = join(projectRoot, 'node_modules');
  await mkdir(join(from, '.cache'), { recursive: true });
  await mkdir(join(dir, 'node_modules'));
  for (const entry of await readdir(from)) {
    if (entry === '.astro') await cp(join(from, entry), join(dir, 'node_modules', entry), { recursive: true });
    else await symlink(join(from, entry), join(dir, 'node_modules', entry));
  }
}

/**
 * The environment of a machine that names no address for the site (src/build/site/site-address.ts): a build then
 * uses the address `npm start` serves, whatever the shell that runs the tests has set.
 */
export const withoutAddress: Readonly<Record<string, string>> = {
  SITE_URL: '',
  SITE_PREVIEW_URL: '',
  NETLIFY: '',
  VERCEL_PROJECT_PRODUCTION_URL: '',
  RENDER_EXTERNAL_URL: '',
};

/**
 * Runs `astro build` in `cwd` with extra arguments, without blocking the test worker (a synchronous build would keep
 * it from answering vitest's own messages), and returns whether it succeeded and everything it printed. The build
 * names no address unless `env` does (`withoutAddress`).
 */
export function runAstroBuild(
  cwd: string,
  args: readonly string[] = [],
  env: Readonly<Record<string, string>> = {},
): Promise<FixtureBuild> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/astro/astro.js', 'build', ...args], {
      cwd,
      env: { ...process.env, ...withoutAddress, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

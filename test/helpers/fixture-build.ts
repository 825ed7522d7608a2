import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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

/** Copies the project, applies the edits, runs `astro build` there and returns what it said (see fixtureCopy). */
export async function buildWith(edits: readonly FixtureEdit[]): Promise<FixtureBuild> {
  const dir = await fixtureCopy(edits);
  try {
    return await runAstroBuild(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A change to the copy: an edit in place, or a whole file written. */
export type FixtureEdit = Edit | { readonly file: string; readonly content: string };

/** A built fixture site kept on disk for a browser test; `remove()` deletes it. */
export interface FixtureSite extends FixtureBuild {
  /** The built site, to serve. */
  readonly dist: string;
  remove(): Promise<void>;
}

/** Like buildWith, but keeps the built site so that a browser can be pointed at it. */
export async function buildSiteWith(edits: readonly FixtureEdit[]): Promise<FixtureSite> {
  const dir = await fixtureCopy(edits);
  const build = await runAstroBuild(dir);
  return { ...build, dist: join(dir, 'dist'), remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Copies the project (sharing node_modules) into test/.tmp and applies the edits. Throws when an edit finds nothing,
 * so a fixture can never silently test the unchanged site.
 */
async function fixtureCopy(edits: readonly FixtureEdit[]): Promise<string> {
  await mkdir(join(projectRoot, 'test/.tmp'), { recursive: true });
  const dir = await mkdtemp(join(projectRoot, 'test/.tmp/fixture-'));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    await cp(join(projectRoot, entry), join(dir, entry), { recursive: true });
  }
  await symlink(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
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
 * Runs `astro build` in `cwd` with extra arguments, without blocking the test worker (a synchronous build would keep
 * it from answering vitest's own messages), and returns whether it succeeded and everything it printed.
 */
export function runAstroBuild(cwd: string, args: readonly string[] = []): Promise<FixtureBuild> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/astro/astro.js', 'build', ...args], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

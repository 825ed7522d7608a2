import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { builtChapters } from '../helpers/chapters-in-dist.ts';
import { linkNodeModules } from '../helpers/fixture-build.ts';
import { projectRoot } from '../helpers/paths.ts';
import { buildBegun, portIsOpen, servedAt, startSite } from '../helpers/started-site.ts';

/** The parent of a live process, or undefined once it is gone (or a zombie, which serves nothing). */
function parentOf(pid: number): number | undefined {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return undefined;
  try {
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read from the last ")".
    const text = readFileSync(stat, 'utf8');
    const [state, ppid] = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return state === 'Z' ? undefined : Number(ppid);
  } catch {
    return undefined;
  }
}

/** A process's command line, for messages. */
function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
  } catch {
    return '(gone)';
  }
}

/** Every live process below `root`, however deep. */
function descendants(root: number): number[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
  const found: number[] = [];
  let frontier = [root];
  while (frontier.length > 0) {
    const children = all.filter((pid) => frontier.includes(parentOf(pid) ?? -1));
    found.push(...children);
    frontier = children;
  }
  return found;
}

let dir: string | undefined;
const started: ChildProcess[] = [];
afterAll(async () => {
  for (const npm of started) npm.kill('SIGKILL');
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A copy of the project, so that its builds leave the shared dist/ alone. */
async function projectCopy(): Promise<string> {
  if (dir) return dir;
  await mkdir(join(projectRoot, 'test/.tmp'), { recursive: true });
  dir = await mkdtemp(join(projectRoot, 'test/.tmp/start-'));
  for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    await cp(join(projectRoot, entry), join(dir, entry), { recursive: true });
  }
  await linkNodeModules(dir);
  return dir;
}

/** Whether a process is alive (a zombie is not: it serves nothing). */
const alive = (pid: number) => parentOf(pid) !== undefined;

/**
 * Stops npm with `signal` and checks that whatever npm started goes with it: the processes end and, when it served,
 * the port closes.
 */
async function stopAndCheck(pid: number, signal: 'SIGTERM' | 'SIGKILL', port?: number) {
  const tree = descendants(pid);
  expect(tree.length, 'npm runs the server in a child process').toBeGreaterThan(0);
  process.kill(pid, signal);
  await expect.poll(() => alive(pid), { timeout: 10_000, interval: 100 }).toBe(false);
  const survivors = () => tree.filter(alive).map((child) => `${child} ${commandOf(child)}`);
  await expect.poll(survivors, { timeout: 10_000, interval: 100 }).toEqual([]);
  if (port !== undefined) await expect.poll(() => portIsOpen(port), { timeout: 10_000, interval: 100 }).toBe(false);
}

/** Every live process whose working folder is `dir` or inside it, as "pid command". */
function processesIn(dir: string): string[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name) && alive(Number(name)))
    .filter((pid) => {
      try {
        const cwd = readlinkSync(`/proc/${pid}/cwd`);
        return cwd === dir || cwd.startsWith(`${dir}/`);
      } catch {
        return false;
      }
    })
    .map((pid) => `${pid} ${commandOf(Number(pid))}`);
}

// npm runs the script through a shell, which outlives a killed npm; the script must notice all the same, and from the
// start: here, as its build begins, in a copy of the project (the build it stops may leave the copy's files half made).
// Nothing may be left working in the copy: not the script, nor anything its build started after npm was killed.
it('`npm start` stops when its parent is killed outright during the build', async () => {
  const copy = await projectCopy();
  const { npm, output } = await startSite(copy, ['--port', '0'], buildBegun);
  started.push(npm);
  await stopAndCheck(npm.pid!, 'SIGKILL');
  await expect.poll(() => processesIn(copy), { timeout: 10_000, interval: 100 }).toEqual([]);
  expect(output(), 'the stopped build never started a server').not.toMatch(/Serving /);
}, 120_000);

// The test run's own `npm start` built dist/ for every other test and serves it (test/global-setup.ts); a run given a
// built site (TEST_SITE_ROOT) starts one here, in the copy of the project.
it('`npm start` builds, serves with the headers of _headers, and stops with nothing left behind when its parent is stopped', async () => {
  let site = inject('startedSite');
  // The run's server, if it is still the one the setup started (a rerun in watch mode finds it stopped).
  if (site && !(alive(site.pid) && /\bnpm\b/.test(commandOf(site.pid)))) site = undefined;
  if (!site) {
    const { npm, url, output } = await startSite(await projectCopy());
    started.push(npm);
    site = { pid: npm.pid!, url: url!, output: output() };
  }
  // Serving on the default port, without SITE_URL: the build is for the address npm start serves.
  expect(site.url, 'npm start serves at its default address').toBe(servedAt);
  const home = await fetch(`${site.url}/`);
  expect(home.status).toBe(200);
  const homeHtml = await home.text();
  expect(homeHtml).toContain('<h1');
  // The headers of dist/_headers, which `astro preview` never sent: the policy and framing rules a host applies.
  expect(home.headers.get('content-security-policy')).toMatch(/^object-src 'none';.*frame-ancestors 'none'$/);
  expect(home.headers.get('x-frame-options')).toBe('DENY');
  const embed = builtChapters[0]!.steps[0]!;
  expect((await fetch(`${site.url}/embed/${embed}/`)).headers.get('content-security-policy')).toMatch(/frame-ancestors \*$/);
  expect((await fetch(`${site.url}/no-such-page/`)).status).toBe(404);
  // Built for where it serves: its absolute links lead back to this server, and the build said so once.
  expect(homeHtml).toContain(`<link rel="canonical" href="${servedAt}/">`);
  expect(site.output.match(/SITE_URL is not set/g), site.output).toHaveLength(1);
  // A signal to npm reaches the server, which closes its port.
  await stopAndCheck(site.pid, 'SIGTERM', Number(new URL(site.url).port));
}, 300_000);

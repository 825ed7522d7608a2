import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { builtChapters } from '../helpers/chapters-in-dist.ts';
import { linkNodeModules, withoutAddress } from '../helpers/fixture-build.ts';
import { distDir, projectRoot } from '../helpers/paths.ts';

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

const portIsOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

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

/**
 * Runs `npm start` in the copy until it serves the home page (or, `whileBuilding`, until its build has begun), then
 * stops npm with `signal` and checks that whatever npm started goes with it: the processes end and the port closes.
 * Serving, it also checks what a reader's browser gets: the home page, with the headers of `_headers`.
 */
async function startThenStop(signal: 'SIGTERM' | 'SIGKILL', whileBuilding = false) {
  // Serving, on the default port: without SITE_URL the build is for the address npm start serves, which is also what
  // the test setup's build of dist/ was for, so the two builds can be compared byte for byte (below).
  const npm = spawn('npm', ['start', ...(whileBuilding ? ['--', '--port', '0'] : [])], {
    cwd: await projectCopy(),
    env: { ...process.env, ...withoutAddress, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(npm);
  const exited = new Promise<void>((resolve) => npm.once('exit', () => resolve()));
  let output = '';
  npm.stdout!.on('data', (chunk) => (output += chunk));
  npm.stderr!.on('data', (chunk) => (output += chunk));
  // The build's first log line (the content check's, "[content-check] …", which runs first) says it has begun; the
  // server says where it serves once the build is done.
  const ready = whileBuilding ? /^\d\d:\d\d:\d\d \[[\w-]+\]/m : /Serving .* at (http:\/\/127\.0\.0\.1:\d+)\//;
  const found = await new Promise<RegExpExecArray>((resolve, reject) => {
    npm.stdout!.on('data', () => {
      const match = ready.exec(output);
      if (match) resolve(match);
    });
    npm.once('exit', (code) => reject(new Error(`npm start ended (${code}) before ${whileBuilding ? 'building' : 'serving'}:\n${output}`)));
  });
  let port: number | undefined;
  if (!whileBuilding) {
    const home = await fetch(`${found[1]}/`);
    expect(home.status).toBe(200);
    const homeHtml = await home.text();
    expect(homeHtml).toContain('<h1');
    // The headers of dist/_headers, which `astro preview` never sent: the policy and framing rules a host applies.
    expect(home.headers.get('content-security-policy')).toMatch(/^default-src 'self';.*frame-ancestors 'none'$/);
    expect(home.headers.get('x-frame-options')).toBe('DENY');
    const embed = builtChapters[0]!.steps[0]!;
    expect((await fetch(`${found[1]}/embed/${embed}/`)).headers.get('content-security-policy')).toMatch(/frame-ancestors \*$/);
    expect((await fetch(`${found[1]}/no-such-page/`)).status).toBe(404);
    port = Number(new URL(found[1]!).port);
    expect(found[1], 'npm start serves at its default address').toBe('http://127.0.0.1:4321');
    // Built for where it serves: its absolute links lead back to this server, and the build said so once.
    expect(homeHtml).toContain('<link rel="canonical" href="http://127.0.0.1:4321/">');
    expect(output.match(/SITE_URL is not set/g), output).toHaveLength(1);
  }
  const tree = descendants(npm.pid!);
  expect(tree.length, 'npm runs the server in a child process').toBeGreaterThan(0);

  npm.kill(signal);
  await exited;
  const survivors = () => tree.filter((pid) => parentOf(pid) !== undefined).map((pid) => `${pid} ${commandOf(pid)}`);
  await expect.poll(survivors, { timeout: 10_000, interval: 100 }).toEqual([]);
  if (port === undefined) expect(output, 'the stopped build never started a server').not.toMatch(/Serving /);
  else await expect.poll(() => portIsOpen(port), { timeout: 10_000, interval: 100 }).toBe(false);
}

// npm runs the script through a shell, which outlives a killed npm; the script must notice all the same, and from the
// start: first, as the build it stops leaves the copy's dist/ half made; the test below builds it whole again.
it('`npm start` stops when its parent is killed outright during the build', () => startThenStop('SIGKILL', true), 300_000);

// One full build: a signal to npm reaches the server, which closes its port.
it(
  '`npm start` builds, serves with the headers of _headers, and stops with nothing left behind when its parent is stopped',
  () => startThenStop('SIGTERM'),
  300_000,
);

it('`npm start` built the very bytes of dist/, from its own copy of the project (the build is reproducible)', () => {
  expect(dir, 'the test above made the copy').toBeDefined();
  const built = join(dir!, 'dist');
  const files = (root: string) =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(root, join(e.parentPath, e.name)))
      .sort();
  const again = files(built);
  expect(again).toEqual(files(distDir));
  expect(again.filter((file) => !readFileSync(join(built, file)).equals(readFileSync(join(distDir, file))))).toEqual([]);
});

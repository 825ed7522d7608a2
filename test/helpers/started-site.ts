import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { withoutAddress } from './fixture-build.ts';

/** `npm start`, serving: the npm process, the address it serves at, and everything it printed until then. */
export interface StartedSite {
  readonly pid: number;
  readonly url: string;
  readonly output: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * The test run's `npm start` in the project (test/global-setup.ts), which built dist/ and serves it;
     * test/scripts/start.test.ts checks what it serves and then stops it. Undefined in a run given a built site
     * (TEST_SITE_ROOT).
     */
    startedSite: StartedSite | undefined;
  }
}

/** Where `npm start` serves by default (astro.config.mjs `server`), without SITE_URL the address its build is for. */
export const servedAt = 'http://127.0.0.1:4321';

/** What scripts/start.mjs says as it begins to build, once it watches its parent (stop-with-parent.mjs). */
export const buildBegun = /^Building the site/m;
/** What the server says once the build is done and it serves. */
const serving = /Serving .* at (http:\/\/127\.0\.0\.1:\d+)\//;

/**
 * Runs `npm start` in `cwd` with `args` (after `--`), as a reader who follows the README does, and waits until it
 * serves (or, with `until: buildBegun`, until its build has begun). It names no address (`withoutAddress`), so the build
 * is for where it serves. Rejects with everything npm printed when npm ends first.
 */
export function startSite(
  cwd: string,
  args: readonly string[] = [],
  until: RegExp = serving,
): Promise<{ npm: ChildProcess; url?: string; output: () => string }> {
  const npm = spawn('npm', ['start', ...(args.length ? ['--', ...args] : [])], {
    cwd,
    env: { ...process.env, ...withoutAddress, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const heard = () => {
      const match = until.exec(output);
      if (match) resolve({ npm, url: match[1], output: () => output });
    };
    npm.stdout!.on('data', (chunk) => ((output += chunk), heard()));
    npm.stderr!.on('data', (chunk) => (output += chunk));
    npm.once('error', reject);
    npm.once('exit', (code) =>
      reject(new Error(`npm start ended (${code}) before it ${until === serving ? 'served' : 'built'}:\n${output}`)),
    );
  });
}

/** Whether something answers on `port` of `host`: a server, or a port still held after one was told to stop. */
export function portIsOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, host);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

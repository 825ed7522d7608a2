// Stops a long-running script (npm start's server, npm run bench) when whatever started it dies without a word
// (SIGKILL, a closed terminal whose shell forwards nothing).
//
// npm runs a script through a shell (`sh -c "node scripts/start.mjs"`). Where that shell is dash (Debian, Ubuntu) it
// stays between npm and this process, and outlives a killed npm: watching our own parent is not enough. So when the
// parent is a shell, this watches the shell's parent too (where the system says who that is: /proc on Linux, `ps`
// elsewhere). Where the shell is bash (macOS, Fedora), it hands its place to this process, whose parent is then npm.
// When a watched process is gone (its child is handed to another process), `stop` runs once. Windows tells a process
// nothing of a parent that has died, so there it only stops on a signal.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The parent of process `pid` and its command name, or undefined where the system cannot say. */
function processInfo(pid) {
  try {
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split at the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    return { parent: Number(stat.slice(close + 2).split(' ')[1]), name: stat.slice(stat.indexOf('(') + 1, close) };
  } catch {
    // No /proc (macOS, Windows): ask ps below.
  }
  if (process.platform === 'win32') return undefined;
  try {
    const [parent, name] = execFileSync('ps', ['-o', 'ppid=,comm=', '-p', String(pid)], { encoding: 'utf8' })
      .trim()
      .split(/\s+/);
    return { parent: Number(parent), name: name.split('/').pop() };
  } catch {
    return undefined;
  }
}

/** Calls `stop` once this process's parent, or the shell's parent when that parent is a shell, has gone. */
export function stopWithParent(stop) {
  const parent = process.ppid;
  const info = processInfo(parent);
  const grandparent = info && /^-?(sh|dash|bash|zsh|ash)$/.test(info.name) ? info.parent : undefined;
  const timer = setInterval(() => {
    if (process.ppid === parent && (grandparent === undefined || processInfo(parent)?.parent === grandparent)) return;
    clearInterval(timer);
    stop();
  }, 500);
  timer.unref();
}

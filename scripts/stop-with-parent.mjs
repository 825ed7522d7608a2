// Stops a long-running script (npm start's server, npm run bench) when whatever started it dies without a word
// (SIGKILL, a closed terminal whose shell forwards nothing).
//
// npm runs a script through a shell (`sh -c "node scripts/start.mjs"`), so the process npm started is that shell,
// not this one, and killing npm leaves the shell alive: watching our own parent is not enough. So this watches the
// parent and, where the system says who that is (/proc on Linux, `ps` elsewhere; Windows has neither), the parent's
// parent too. When either is gone (its child is handed to another process), `stop` runs once.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The parent of process `pid`, or undefined where the system cannot say. */
function parentOf(pid) {
  try {
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read from the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {}
  if (process.platform === 'win32') return undefined;
  try {
    return Number(execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' }).trim()) || undefined;
  } catch {
    return undefined;
  }
}

/** Calls `stop` once this process's parent or grandparent has gone; checks twice a second. */
export function stopWithParent(stop) {
  const parent = process.ppid;
  const grandparent = parentOf(parent);
  const timer = setInterval(() => {
    if (process.ppid === parent && (grandparent === undefined || parentOf(parent) === grandparent)) return;
    clearInterval(timer);
    stop();
  }, 500);
  timer.unref();
}

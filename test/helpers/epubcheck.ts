import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

/** Where Debian's `epubcheck` package puts its jar (.ci/run installs it), or EPUBCHECK_JAR. */
const jar = [process.env.EPUBCHECK_JAR, '/usr/share/java/epubcheck.jar'].find((path): path is string => Boolean(path && existsSync(path)));

/** Why the e-books cannot be checked here, or undefined when they can. Under CI=true a missing epubcheck is an error. */
export function epubcheckSkipReason(): string | undefined {
  if (jar) return undefined;
  const reason = 'no epubcheck found: install it with `apt-get install epubcheck` or set EPUBCHECK_JAR';
  if (process.env.CI === 'true') throw new Error(`CI=true requires the e-book check, but ${reason}`);
  return reason;
}

/** epubcheck's findings on an EPUB: every message of every severity, with where it is; empty when it passes clean. */
export async function epubcheck(file: string): Promise<string[]> {
  // It exits with 1 when it finds an error; its report is on stdout either way, after a line or two of summary.
  // One short run: the quick compiler alone, and the simplest collector, take less than half the CPU of Java's defaults.
  const java = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', jar!];
  const stdout = await promisify(execFile)('java', [...java, file, '--json', '-'], { maxBuffer: 1 << 26 }).then(
    (done) => done.stdout,
    (failed: { stdout?: string }) => failed.stdout ?? '',
  );
  const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
    messages: { severity: string; ID: string; message: string; locations: { path: string; line: number }[] }[];
  };
  return report.messages.map((m) => `${m.severity} ${m.ID} ${m.message} (${m.locations.map((l) => `${l.path}:${l.line}`).join(', ')})`);
}

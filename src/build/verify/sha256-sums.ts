import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** The manifest of a built copy of the site, and its signature, both at the top of the folder. */
export const sumsFile = 'SHA256SUMS';
export const signatureFile = `${sumsFile}.minisig`;

/** A folder's entries: its files, and anything else but folders (a link, a socket), which no copy of the site holds. */
interface Entries {
  /** Every file but the manifest and its signature, as paths from the folder with "/", sorted by their bytes. */
  readonly files: string[];
  readonly others: string[];
}

async function entriesOf(folder: string): Promise<Entries> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const path = (entry: (typeof entries)[number]) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/');
  const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
  return {
    files: entries
      .filter((entry) => entry.isFile())
      .map(path)
      .filter((file) => file !== sumsFile && file !== signatureFile)
      .sort(byBytes),
    others: entries
      .filter((entry) => !entry.isFile() && !entry.isDirectory())
      .map(path)
      .sort(byBytes),
  };
}

const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

/**
 * The SHA-256 of every file under `folder`, one line each, "<hash>  <path>", as `sha256sum` writes them: a copy is
 * checked with `sha256sum -c SHA256SUMS` from the folder, or by `checkSums`. Sorted, so that two builds of the same
 * sources give the same manifest.
 */
export async function sha256Sums(folder: string): Promise<string> {
  const { files, others } = await entriesOf(folder);
  if (others.length) throw new Error(`${sumsFile}: ${others.join(', ')}: not a file; a copy of the site holds files and folders only`);
  // sha256sum escapes a name with a backslash or a line break; the site has none, and a manifest here never needs to.
  const odd = files.filter((path) => /[\\\r\n]/.test(path));
  if (odd.length)
    throw new Error(`${sumsFile}: ${odd.map((p) => JSON.stringify(p)).join(', ')}: a file name with a backslash or a line break`);
  const lines: string[] = [];
  for (const path of files) lines.push(`${await sha256(join(folder, path))}  ${path}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Everything about `folder` that its manifest does not bear out: a file whose bytes differ from the hash it lists, a
 * file it lists that is missing, a file it does not list, and anything that is not a file or a folder (a link could
 * point anywhere). Empty when the folder is the copy the manifest describes. Only what is in the folder is read: a
 * listed path that leads elsewhere ("../x") is reported missing.
 */
export async function checkSums(folder: string, manifest: string): Promise<string[]> {
  const listed = new Map<string, string>();
  for (const line of manifest.split('\n').filter(Boolean)) {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!match) return [`${sumsFile}: "${line.slice(0, 80)}" is not a line of "<sha256>  <path>"`];
    listed.set(match[2]!, match[1]!);
  }
  const { files: present, others } = await entriesOf(folder);
  const problems: string[] = others.map(
    (path) => `${path}: not a regular file (a link, or another kind of entry), which no copy of the site holds`,
  );
  for (const path of present) {
    const hash = listed.get(path);
    if (hash === undefined) problems.push(`${path}: not in ${sumsFile}`);
    else if (hash !== (await sha256(join(folder, path)))) problems.push(`${path}: changed since ${sumsFile} was made`);
  }
  const here = new Set(present);
  for (const path of listed.keys()) if (!here.has(path)) problems.push(`${path}: listed in ${sumsFile}, but missing`);
  return problems;
}

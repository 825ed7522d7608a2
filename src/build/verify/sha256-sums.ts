import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** The manifest of a built copy of the site, and its signature, both at the top of the folder. */
export const sumsFile = 'SHA256SUMS';
export const signatureFile = `${sumsFile}.minisig`;

/** Paths in the order of their bytes, as `sort` in the C locale lists them: the same on every machine. */
export const byBytes = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** A folder's entries: its files, and anything else but folders (a link, a socket), which no copy of the site holds. */
interface Entries {
  /** Every file but the manifest and its signature, as paths from the folder with "/", sorted by their bytes. */
  readonly files: string[];
  readonly others: string[];
}

async function entriesOf(folder: string): Promise<Entries> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const path = (entry: (typeof entries)[number]) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/');
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

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The manifest of a copy of the site given as its files (paths inside it with "/", and their bytes): the SHA-256 of
 * each, one line each, "<hash>  <path>", as `sha256sum` writes them, leaving out the manifest and its signature. A
 * copy is checked with `sha256sum -c SHA256SUMS` from its folder, or by `checkSums`. Sorted, so that two builds of the
 * same sources give the same manifest.
 */
export function sha256SumsOf(files: ReadonlyMap<string, Uint8Array>): string {
  const paths = [...files.keys()].filter((path) => path !== sumsFile && path !== signatureFile).sort(byBytes);
  // sha256sum escapes a name with a backslash or a line break; the site has none, and a manifest here never needs to.
  const odd = paths.filter((path) => /[\\\r\n]/.test(path));
  if (odd.length)
    throw new Error(`${sumsFile}: ${odd.map((p) => JSON.stringify(p)).join(', ')}: a file name with a backslash or a line break`);
  return `${paths.map((path) => `${sha256(files.get(path)!)}  ${path}`).join('\n')}\n`;
}

/** The manifest of every file under `folder` (sha256SumsOf), which must hold files and folders only. */
export async function sha256Sums(folder: string): Promise<string> {
  const { files, others } = await entriesOf(folder);
  if (others.length) throw new Error(`${sumsFile}: ${others.join(', ')}: not a file; a copy of the site holds files and folders only`);
  return sha256SumsOf(new Map(await Promise.all(files.map(async (path) => [path, await readFile(join(folder, path))] as const))));
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
    else if (hash !== sha256(await readFile(join(folder, path)))) problems.push(`${path}: changed since ${sumsFile} was made`);
  }
  const here = new Set(present);
  for (const path of listed.keys()) if (!here.has(path)) problems.push(`${path}: listed in ${sumsFile}, but missing`);
  return problems;
}

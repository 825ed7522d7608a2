import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** The manifest of a built copy of the site, and its signature, both at the top of the folder. */
export const sumsFile = 'SHA256SUMS';
export const signatureFile = `${sumsFile}.minisig`;

/** Every file under `folder` but the manifest and its signature, as paths from it with "/", sorted by their bytes. */
async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => path !== sumsFile && path !== signatureFile)
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
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
  const lines: string[] = [];
  for (const path of await filesIn(folder)) lines.push(`${await sha256(join(folder, path))}  ${path}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Everything about `folder` that its manifest does not bear out: a file whose bytes differ from the hash it lists, a
 * file it lists that is missing, a file it does not list. Empty when the folder is the copy the manifest describes.
 */
export async function checkSums(folder: string, manifest: string): Promise<string[]> {
  const listed = new Map<string, string>();
  for (const line of manifest.split('\n').filter(Boolean)) {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!match) return [`${sumsFile}: "${line.slice(0, 80)}" is not a line of "<sha256>  <path>"`];
    listed.set(match[2]!, match[1]!);
  }
  const present = await filesIn(folder);
  const problems: string[] = [];
  for (const path of present) {
    const hash = listed.get(path);
    if (hash === undefined) problems.push(`${path}: not in ${sumsFile}`);
    else if (hash !== (await sha256(join(folder, path)))) problems.push(`${path}: changed since ${sumsFile} was made`);
  }
  const here = new Set(present);
  for (const path of listed.keys()) if (!here.has(path)) problems.push(`${path}: listed in ${sumsFile}, but missing`);
  return problems;
}

import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every file of a built site, by its path inside the site with "/" ("chapters/x/index.html"), with its bytes. */
export async function readSite(dir: URL): Promise<Map<string, Uint8Array>> {
  const site = fileURLToPath(dir);
  const paths = (await readdir(site, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/'));
  return new Map(await Promise.all(paths.map(async (path) => [path, new Uint8Array(await readFile(join(site, path)))] as const)));
}

/** The base Astro's config gives, always ending in one slash ("/" or "/explainer/"). */
export const baseOf = (config: { readonly base: string }): string => (config.base.endsWith('/') ? config.base : `${config.base}/`);

import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ContentError } from '../../data/content-error.ts';

/** Where the pages are, and the Russian edition's under them. */
const pagesFolder = join('src', 'pages');
const russianFolder = join(pagesFolder, 'ru');

/** Files the site serves once, for both editions: the embed script and robots.txt. */
const servedOnce = new Set(['embed.js.ts', 'robots.txt.ts']);

/** Every file under `folder`, as paths relative to it. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

/**
 * Every page that has no twin in the other edition (issue 25): an English page under src/pages/ with no file of the
 * same name under src/pages/ru/, or a Russian page with no English one. The header, the language switch and each
 * page's hreflang links lead to a page's twin, which must then exist. Files served once for both editions are left out.
 */
export async function pageTwinErrors(root: string): Promise<ContentError[]> {
  if (!existsSync(join(root, pagesFolder))) return [];
  const [all, russian] = await Promise.all([
    filesUnder(join(root, pagesFolder)),
    existsSync(join(root, russianFolder)) ? filesUnder(join(root, russianFolder)) : [],
  ]);
  const english = all.filter((file) => !file.startsWith('ru/') && !servedOnce.has(file));
  const russianSet = new Set(russian);
  const englishSet = new Set(english);
  return [
    ...english
      .filter((file) => !russianSet.has(file))
      .map((file) => new ContentError(join(pagesFolder, file), `has no Russian twin: add ${join(russianFolder, file)}, its translation`)),
    ...russian
      .filter((file) => !englishSet.has(file))
      .map(
        (file) =>
          new ContentError(join(russianFolder, file), `has no English page: every Russian page is the twin of ${join(pagesFolder, file)}`),
      ),
  ].sort((a, b) => a.message.localeCompare(b.message));
}

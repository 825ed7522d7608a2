import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers/paths.ts';

/**
 * The rooms of src/ and what each may import, lowest floor first. An import runs down or sideways, never up: the
 * ground floor knows nothing of the fact base, the fact base nothing of charts, charts nothing of the build, and the
 * browser's code (scrolly/, and offline/, the service worker's) only the ground floor and the frame model, so that
 * no build-time module reaches a page.
 */
const rooms: Readonly<Record<string, readonly string[]>> = {
  core: ['core'],
  frame: ['core', 'frame'],
  scrolly: ['core', 'frame', 'scrolly'],
  offline: ['core', 'offline'],
  data: ['core', 'data'],
  charts: ['core', 'frame', 'data', 'charts'],
  build: ['core', 'frame', 'data', 'charts', 'offline', 'build'],
  styles: ['styles'],
  components: ['core', 'frame', 'data', 'charts', 'build', 'styles', 'scrolly', 'offline', 'components'],
  layouts: ['core', 'data', 'build', 'styles', 'components', 'layouts'],
  pages: ['core', 'frame', 'data', 'charts', 'build', 'styles', 'components', 'layouts', 'pages'],
  'content.config.ts': ['data'],
  'middleware.ts': ['data'],
};

const src = join(projectRoot, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs|astro)$/.test(entry.name) ? [path] : [];
  });
}

/** The room of a file under src/: its first folder, or the file's own name at the top. */
const roomOf = (file: string) => relative(src, file).split('/')[0]!;

/** Every relative import of a file (static, side-effect and dynamic), resolved to a path. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"?]+)/g)].map((m) => resolve(dirname(file), m[1]!));
}

const files = sourceFiles(src);

describe('the rooms of src/', () => {
  it('are all known, so that a new folder says which floor it stands on', () => {
    expect([...new Set(files.map(roomOf))].filter((room) => !(room in rooms))).toEqual([]);
  });

  it('import only downwards or sideways', () => {
    const upward = files.flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith(src) && !rooms[roomOf(file)]!.includes(roomOf(target)))
        .map((target) => `${relative(projectRoot, file)} → ${relative(projectRoot, target)}`),
    );
    expect(upward).toEqual([]);
  });

  it('keep Node out of the browser’s code', () => {
    const browser = files.filter((file) => roomOf(file) === 'scrolly' || roomOf(file) === 'offline');
    const node = browser.filter((file) => /from\s*['"]node:|from\s*['"](fs|path)['"]/.test(readFileSync(file, 'utf8')));
    expect(browser.length).toBeGreaterThan(0);
    expect(node).toEqual([]);
  });
});

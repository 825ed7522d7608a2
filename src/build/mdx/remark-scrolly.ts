import type { Root } from 'mdast';
import { basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chapterSlug } from '../../data/chapter-slug.ts';
import { ContentError, ContentErrors } from '../../data/content-error.ts';
import { expandFigures } from './expand-figures.ts';
import { loadDatasets } from '../../data/load-datasets.ts';
import { inspectChapter } from './inspect-chapter.ts';

export type { StoryBlock, StoryOutline } from './inspect-chapter.ts';

/** Which file first claimed each step id, across the whole site, so a reused id names both files. */
const owners = new Map<string, string>();

/** A chapter file as the plugin sees it: where it is, and where Astro collects front matter from plugins. */
interface ChapterFile {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/**
 * A remark plugin for chapters: checks every `<Scrolly>`, `<Step>` and `<Cite>` (see inspect-chapter.ts) and stops
 * with every mistake in the chapter at once, each naming the file, line, step or source and field. It publishes the
 * chapter's outline (stories, steps, citations, words) as `remarkPluginFrontmatter.story` for the site's pages.
 * The whole-site check (src/build/content/check-content.ts) runs the same inspection on every chapter before the build.
 */
export function remarkScrolly(options: { root: URL }) {
  const rootPath = fileURLToPath(options.root);
  return async (tree: Root, file: ChapterFile) => {
    const shown = file.path ? relative(rootPath, file.path) : '(unnamed MDX)';
    const datasets = await loadDatasets(options.root);
    const problems = expandFigures(tree, datasets).map((message) => new ContentError(shown, message));
    const chapter = chapterSlug(basename(file.path ?? 'unnamed', '.mdx'));
    const { outline, errors } = inspectChapter(tree, { file: shown, chapter, datasets, owners });
    if (problems.length || errors.length) throw new ContentErrors([...problems, ...errors]);
    file.data.astro ??= {};
    file.data.astro.frontmatter = { ...file.data.astro.frontmatter, story: outline };
  };
}

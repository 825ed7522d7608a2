import type { Root } from 'mdast';
import { basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chapterLocale, chapterSlug } from '../../data/chapter-slug.ts';
import type { Locale } from '../../core/locale.ts';
import { ContentError, ContentErrors } from '../../data/content-error.ts';
import { expandFigures, figureLanguage } from './expand-figures.ts';
import { loadDatasets } from '../../data/load-datasets.ts';
import { termMatcher } from '../../data/glossary-match.ts';
import { datasetsIn } from '../../data/datasets-in.ts';
import { inspectChapter, type StoryOutline as InspectedOutline } from './inspect-chapter.ts';
import { glossaryHref, linkGlossary } from './link-glossary.ts';

export type { StoryBlock } from './inspect-chapter.ts';

/** What the chapter build publishes for the site's pages: the chapter's outline, and the glossary terms it links. */
export interface StoryOutline extends InspectedOutline {
  /** The ids of the glossary terms the chapter's prose links, each at its first use, in order (see link-glossary.ts). */
  readonly glossary: readonly string[];
}

/**
 * Which file first claimed each step id, across the whole site in each language (a translation uses its chapter's
 * ids), so a reused id names both files.
 */
const owners = new Map<Locale, Map<string, string>>();

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
 * Then it links the first use of each glossary term in the chapter's prose to its entry in its edition's glossary (link-glossary.ts).
 * `base` is the site's deploy base, as astro.config.mjs gives it to Astro ("/" or "/explainer/").
 */
export function remarkScrolly(options: { root: URL; base?: string }) {
  const rootPath = fileURLToPath(options.root);
  const base = options.base ?? '/';
  return async (tree: Root, file: ChapterFile) => {
    const shown = file.path ? relative(rootPath, file.path) : '(unnamed MDX)';
    const datasets = await loadDatasets(options.root);
    const locale = chapterLocale(file.path ?? '');
    // A quote prints in this language's words: as said, or in the site's translation, marked so (figureLanguage).
    const problems = expandFigures(tree, datasets, figureLanguage(datasets, locale, rootPath)).map(
      (message) => new ContentError(shown, message),
    );
    const chapter = chapterSlug(basename(file.path ?? 'unnamed', '.mdx'));
    if (!owners.has(locale)) owners.set(locale, new Map());
    const { outline, errors } = inspectChapter(tree, { file: shown, chapter, datasets, owners: owners.get(locale)!, locale });
    if (problems.length || errors.length) throw new ContentErrors([...problems, ...errors]);
    // The terms as this edition writes them, linked to its glossary.
    const terms = datasetsIn(datasets, locale, rootPath).glossary;
    const glossary = linkGlossary(tree, termMatcher(terms), (id) => glossaryHref(base, locale, id));
    const story: StoryOutline = { ...outline, glossary };
    file.data.astro ??= {};
    file.data.astro.frontmatter = { ...file.data.astro.frontmatter, story };
  };
}

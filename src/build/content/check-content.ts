import type { Root } from 'mdast';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { expandFigures, figureLanguage } from '../mdx/expand-figures.ts';
import { inspectChapter } from '../mdx/inspect-chapter.ts';
import { chapterFileName, chapterSchema } from '../../data/chapter-schema.ts';
import { parseChapterBody, splitChapter } from './chapter-text.ts';
import { frontMatterFacts } from './front-matter-figures.ts';
import { chartWordsErrors } from '../i18n/chart-words-check.ts';
import { siteWordsErrors } from '../i18n/site-words-check.ts';
import { chapterFolders, checkTranslations, type TranslationRow } from '../i18n/translation-check.ts';
import { chapterSlug } from '../../data/chapter-slug.ts';
import { ContentError, contentErrorsOf } from '../../data/content-error.ts';
import { explainIssues } from '../../data/explain-issues.ts';
import { loadDatasets, type Datasets } from '../../data/load-datasets.ts';

/** The English chapters' folder, relative to the project root; the Russian edition's twins are in chapterFolders.ru. */
const chaptersDir = chapterFolders.en;

/**
 * Checks all the content a maintainer edits, in one pass, and returns every mistake it finds (none when all is well),
 * and what it could not check: every chart's and the site's words in every language (src/build/i18n/chart-words-check.ts,
 * site-words-check.ts); every record of every data file; every chapter's file name and number (no duplicates, no
 * gaps), front matter, MDX syntax (with line and column), and every step and citation; then, once all that is right,
 * the Russian words' typography and every Russian chapter
 * against its English one (src/build/i18n/translation-check.ts), with a row per chapter for the build's table. The
 * build runs it first (content-check-integration.ts) so that one build lists every mistake, each in the form
 * `file[:line:column]: where: what is wrong`.
 */
export async function checkContent(
  root: string | URL,
): Promise<{ errors: ContentError[]; skipped?: string; translations?: readonly TranslationRow[] }> {
  const rootPath = typeof root === 'string' ? root : fileURLToPath(root);
  const errors: ContentError[] = [...chartWordsErrors(), ...(await siteWordsErrors(rootPath))];
  let datasets: Datasets | undefined;
  try {
    datasets = await loadDatasets(rootPath);
  } catch (error) {
    const found = contentErrorsOf(error);
    if (!found) throw error;
    errors.push(...found);
  }

  const names = (await readdir(join(rootPath, chaptersDir))).filter((name) => name.endsWith('.mdx')).sort();
  errors.push(...checkChapterNames(names));
  const owners = new Map<string, string>();
  for (const name of names) {
    const file = join(chaptersDir, name);
    const text = await readFile(join(rootPath, file), 'utf8');
    const { frontmatter, body, errors: headErrors } = splitFrontmatter(file, text);
    errors.push(...headErrors);
    if (frontmatter !== undefined) errors.push(...checkFrontmatter(file, frontmatter, datasets));
    let tree: Root;
    try {
      tree = parseChapterBody(body);
    } catch (error) {
      const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
      const place = line && column ? { line, column } : undefined;
      errors.push(new ContentError(file, `MDX syntax: ${reason ?? (error as Error).message}`, place));
      continue;
    }
    if (datasets)
      errors.push(...expandFigures(tree, datasets, figureLanguage(datasets, 'en', rootPath)).map((message) => new ContentError(file, message)));
    errors.push(...inspectChapter(tree, { file, chapter: chapterSlug(name.replace(/\.mdx$/, '')), datasets, owners }).errors);
  }
  // Checked against half the data, steps would report figures as missing that are only in a broken record.
  if (!datasets) return { errors, skipped: 'The chapters’ steps and citations are checked once the data files are fixed.' };
  // Compared with a broken English chapter, a Russian one would be reported for the English chapter's mistakes.
  if (errors.length > 0) return { errors, skipped: 'The Russian chapters are compared with the English ones, and the Russian words checked, once these are fixed.' };
  const translations = await checkTranslations(rootPath, datasets);
  return { errors: translations.errors, translations: translations.rows };
}

/**
 * Chapter file names: each `NN-slug.mdx`, numbered 01, 02, 03… with no number used twice and none missing (the
 * number is the chapter's place in the story), and no slug used twice (it is the chapter's URL).
 */
export function checkChapterNames(names: readonly string[]): ContentError[] {
  const errors: ContentError[] = [];
  const shown = (name: string) => join(chaptersDir, name);
  const numbered: { name: string; order: number; slug: string }[] = [];
  for (const name of names) {
    const match = chapterFileName.exec(name);
    if (!match) {
      errors.push(
        new ContentError(
          shown(name),
          'file name must be NN-slug.mdx: the chapter number (01, 02…), a hyphen, and a kebab-case slug for its URL',
        ),
      );
    } else numbered.push({ name, order: Number(match[1]), slug: match[2]! });
  }
  numbered.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
  numbered.forEach((chapter, i) => {
    const previous = numbered[i - 1];
    const expected = (previous?.order ?? 0) + 1;
    const pad = (n: number) => String(n).padStart(2, '0');
    if (previous && previous.order === chapter.order) {
      errors.push(
        new ContentError(
          shown(chapter.name),
          `chapter number ${pad(chapter.order)} is also used by ${shown(previous.name)}; give each chapter its own number`,
        ),
      );
    } else if (chapter.order !== expected) {
      const after = previous ? `follows ${shown(previous.name)}` : 'is the first chapter';
      errors.push(
        new ContentError(
          shown(chapter.name),
          `chapter number ${pad(chapter.order)} ${after}, so number ${pad(expected)} is missing; chapters are numbered 01, 02, 03… without gaps: rename it ${pad(expected)}-${chapter.slug}.mdx`,
        ),
      );
    }
    const sameSlug = numbered.find((other) => other !== chapter && other.slug === chapter.slug);
    if (sameSlug && numbered.indexOf(sameSlug) < i) {
      errors.push(
        new ContentError(
          shown(chapter.name),
          `slug "${chapter.slug}" is also used by ${shown(sameSlug.name)}; both would be /chapters/${chapter.slug}/`,
        ),
      );
    }
  });
  return errors;
}

/** Splits a chapter into its front matter (YAML) and its body (chapter-text.ts), with a mistake when it has none. */
function splitFrontmatter(file: string, text: string): { frontmatter?: string; body: string; errors: ContentError[] } {
  const split = splitChapter(text);
  if (split.frontmatter !== undefined) return { ...split, errors: [] };
  const place = { line: 1, column: 1 };
  return {
    ...split,
    errors: [new ContentError(file, 'needs front matter between two --- lines at the top (title, summary, objectives, questions)', place)],
  };
}

/**
 * Front matter as YAML and against the chapter schema, in the form `file: field "order": must be a number`, and, given
 * the data, for dates and figures typed by hand (front-matter-figures.ts).
 */
export function checkFrontmatter(file: string, yaml: string, datasets?: Datasets): ContentError[] {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const at = error.linePos?.[0];
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return [new ContentError(file, `front matter is not valid YAML: ${reason}`, at ? { line: at.line + 1, column: at.col } : undefined)];
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return [new ContentError(file, 'front matter must be fields such as "title: …", one a line')];
  }
  const errors: ContentError[] = [];
  const { order, ...rest } = data as Record<string, unknown>;
  if (order !== undefined) {
    errors.push(
      new ContentError(file, 'field "order": chapters are ordered by the number in their file name (NN-slug.mdx) alone; delete this line'),
    );
  }
  const parsed = chapterSchema.safeParse(rest);
  if (!parsed.success) {
    for (const { path, message } of explainIssues(chapterSchema, parsed.error))
      errors.push(new ContentError(file, `field "${path}": ${message}`));
  } else if (datasets) {
    errors.push(...frontMatterFacts(parsed.data, datasets).map((message) => new ContentError(file, message)));
  }
  return errors;
}

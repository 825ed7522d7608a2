import { localePath, type Locale } from './locale.ts';
import { url } from './url.ts';

/**
 * Where a citation of `sourceId` in `chapter` points: that source's entry in the chapter's group on the sources page
 * of the citing page's edition (/sources/, /ru/sources/).
 */
export function sourceHref(chapter: string, sourceId: string, locale: Locale): string {
  return url(localePath(locale, '/sources/'), sourceAnchor(chapter, sourceId));
}

/** The id of a source's entry in a chapter's group on /sources/. */
export function sourceAnchor(chapter: string, sourceId: string): string {
  return `${chapter}--${sourceId}`;
}

/** The id of the first citation of `sourceId` in a chapter's prose, which the sources page links back to. */
export function citeAnchor(sourceId: string): string {
  return `cite-${sourceId}`;
}

/** The id of a chapter's entry in the educators' kit (its heading), with its citations and reference files. */
export function kitChapterAnchor(slug: string): string {
  return `chapter-${slug}`;
}

/** The id of a step's entry in the educators' kit, with its embed code, downloads and citations, which its card links. */
export function kitStepAnchor(stepId: string): string {
  return `kit-${stepId}`;
}

/**
 * The id of a story's data table on its chapter's data page, which the sources page links to. The chapter gives the
 * same id to the link under the story's graphic, so an older link to a table in the chapter still lands by its graphic.
 */
export function dataTableAnchor(chart: string): string {
  return `data-${chart}`;
}

/**
 * A chapter's data page, where its graphics' data tables are, each with its sources (before the edition's prefix and
 * the deploy base): a chapter page carries its text and graphics, and links its tables.
 */
export function chapterDataPath(slug: string): string {
  return `/chapters/${slug}/data/`;
}

import type { ChapterInfo } from '../content/get-chapters.ts';
import type { Datasets } from '../../data/load-datasets.ts';
import { lastCorrection } from '../../data/last-correction.ts';
import { absoluteUrl } from '../../core/url.ts';
import { localePath, type Locale } from '../../core/locale.ts';

/** What a citation of a chapter, or of one step's graphic, cites. The site's name and publisher are added from the build. */
export interface CitationInput {
  /** The chapter's slug: a BibTeX or RIS record's key. */
  readonly slug: string;
  /** The chapter's title, as the site prints it (sentence case), in its edition's language. */
  readonly title: string;
  /** The edition's language: its citations cite its own page, in its own words. */
  readonly locale: Locale;
  /** For one step: its graphic's own title, as the page shows it (its chart's title). The citation then cites the graphic. */
  readonly graphic?: string;
  /** The canonical absolute URL of the chapter in its edition, with the step's `#id` for a step. */
  readonly url: string;
  /**
   * The day the chapter was last updated (YYYY-MM-DD), as it prints beside its title: its newest correction in
   * content/data/corrections.json. Undefined when it has none; the citation is then undated, as the styles cite a page
   * that shows no date. ("Current to", the newest date in the data, is not a date any style cites.)
   */
  readonly updated?: string;
}

/**
 * The citation of a chapter, or of the graphic of one of its steps (its id, and its chart's title in the chapter's
 * language), as the chapter's edition publishes it.
 */
export function citationOf(
  chapter: Pick<ChapterInfo, 'slug' | 'entry' | 'locale'>,
  datasets: Pick<Datasets, 'corrections'>,
  step?: { readonly id: string; readonly graphic: string },
): CitationInput {
  return {
    slug: chapter.slug,
    title: chapter.entry.data.title,
    locale: chapter.locale,
    graphic: step?.graphic,
    url: absoluteUrl(localePath(chapter.locale, `/chapters/${chapter.slug}/`), step?.id),
    updated: lastCorrection(datasets.corrections, chapter.slug)?.date,
  };
}

import type { ChapterInfo } from '../content/get-chapters.ts';
import type { Datasets } from '../../data/load-datasets.ts';
import { lastCorrection } from '../../data/last-correction.ts';
import { absoluteUrl } from '../../core/url.ts';

/** What a citation of a chapter, or of one step's graphic, cites. The site's name and publisher are added from the build. */
export interface CitationInput {
  /** The chapter's slug: a BibTeX or RIS record's key. */
  readonly slug: string;
  /** The chapter's title, as the site prints it (sentence case). */
  readonly title: string;
  /** For one step: its graphic's own title, as the page shows it (its chart's title). The citation then cites the graphic. */
  readonly graphic?: string;
  /** The canonical absolute URL, with the step's `#id` for a step. */
  readonly url: string;
  /**
   * The day the chapter was last updated (YYYY-MM-DD), as it prints beside its title: its newest correction in
   * content/data/corrections.json. Undefined when it has none; the citation is then undated, as the styles cite a page
   * that shows no date. ("Current to", the newest date in the data, is not a date any style cites.)
   */
  readonly updated?: string;
}

/** The citation of a chapter, or of the graphic of one of its steps (its id, and its chart's title). */
export function citationOf(
  chapter: Pick<ChapterInfo, 'slug' | 'entry'>,
  datasets: Pick<Datasets, 'corrections'>,
  step?: { readonly id: string; readonly graphic: string },
): CitationInput {
  return {
    slug: chapter.slug,
    title: chapter.entry.data.title,
    graphic: step?.graphic,
    url: absoluteUrl(`/chapters/${chapter.slug}/`, step?.id),
    updated: lastCorrection(datasets.corrections, chapter.slug)?.date,
  };
}

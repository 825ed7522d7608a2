import { citationOf, type CitationInput } from '../cite/citation-input.ts';
import type { ChapterInfo } from '../content/get-chapters.ts';
import type { Datasets } from '../../data/load-datasets.ts';
import { absoluteUrl, url } from '../../core/url.ts';
import { currentTo } from '../../data/current-to.ts';
import { localePath } from '../../core/locale.ts';

/** Site paths of a chapter's handout page and its QR code (pass them through `url` or `absoluteUrl`). */
export const handoutPath = (slug: string) => `/handout/${slug}/`;
export const qrPath = (slug: string) => `/handout/${slug}/qr.svg`;

/** What the kit offers for a whole chapter: its canonical address, handout, QR code and citation. */
export interface ChapterKit {
  readonly absoluteHref: string;
  readonly handoutHref: string;
  readonly qrHref: string;
  readonly asOf: string;
  readonly citation: CitationInput;
}

/**
 * The kit of a chapter in its own edition: its address, its handout, the handout's QR code (which opens the chapter)
 * and its citation.
 */
export function chapterKitOf(chapter: ChapterInfo, datasets: Pick<Datasets, 'sources' | 'events' | 'corrections'>): ChapterKit {
  const absoluteHref = absoluteUrl(localePath(chapter.locale, `/chapters/${chapter.slug}/`));
  const asOf = currentTo(datasets);
  return {
    absoluteHref,
    handoutHref: url(localePath(chapter.locale, handoutPath(chapter.slug))),
    qrHref: url(localePath(chapter.locale, qrPath(chapter.slug))),
    asOf,
    citation: citationOf(chapter, datasets),
  };
}

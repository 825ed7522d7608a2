import { publisher } from '../../core/publisher.ts';
import type { Locale } from '../../core/locale.ts';
import { siteWords } from '../../data/site-words.ts';
import type { CitationInput } from './citation-input.ts';

/** Who publishes what is cited: the site's name and its publisher (src/core/publisher.ts). */
export interface CitationContext {
  readonly site: string;
  readonly publisher: string;
}

/** The build's publisher, and the site's name in the edition of `locale` (its words' `site.name`). */
export const buildContext = (locale: Locale): CitationContext => ({ site: siteWords(locale)['site.name'], publisher: publisher.name });

/** The day a placeholder access date stands for, until the copy button puts in the day a reader copies. */
export const placeholderAccessed = new Date(1901, 0, 1);

const dateParts = (date: Date) => ({ 'date-parts': [[date.getFullYear(), date.getMonth() + 1, date.getDate()]] });

/**
 * A chapter, or one step's graphic, as a CSL-JSON item: a web page on the site, with the publisher and no personal
 * author (so APA and Chicago lead with the publisher and MLA with the title, as each does for a page an organisation
 * writes and publishes), the day the chapter was last updated, and its URL. A step's graphic is a page titled by its
 * chart, described as a chart ("[Chart]"). `accessed`: the placeholder access date, for citations a reader copies;
 * left out of BibTeX and RIS, where the reader's reference manager records when they saved it.
 */
export function cslItem(
  input: CitationInput,
  context: CitationContext = buildContext(input.locale),
  accessed = true,
): Record<string, unknown> {
  const updated = input.updated ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.updated) : undefined;
  if (input.updated && !updated) throw new Error(`citation of "${input.title}": updated must be YYYY-MM-DD, not "${input.updated}"`);
  return {
    id: input.graphic ? `${input.slug}-${input.url.split('#')[1]}` : input.slug,
    'citation-key': input.slug.replace(/-/g, '_'),
    type: 'webpage',
    title: input.graphic ?? input.title,
    ...(input.graphic ? { genre: 'Chart' } : {}),
    'container-title': context.site,
    publisher: context.publisher,
    ...(updated ? { issued: { 'date-parts': [updated.slice(1).map(Number)] } } : {}),
    ...(accessed ? { accessed: dateParts(placeholderAccessed) } : {}),
    URL: input.url,
    language: input.locale,
  };
}

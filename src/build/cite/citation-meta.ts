import { contentLicence } from '../kit/licence.ts';
import { buildContext, type CitationContext } from './csl-item.ts';
import type { CitationInput } from './citation-input.ts';

/**
 * A chapter's `<meta>` tags for reference managers and scholarly search: Highwire Press's `citation_*` tags, which
 * Zotero, Mendeley and Google Scholar read, and `DC.type`, which makes Zotero save the chapter as a web page (with
 * `og:site_name` as the website's title) rather than guess a journal article from `citation_title`. The date is the
 * day the chapter was last updated, the version a reader cites, which is also the day that version went online (so no
 * `citation_online_date` repeats it); a chapter with no update carries none.
 */
export function citationMetaTags(
  input: CitationInput,
  context: CitationContext = buildContext(input.locale),
): [name: string, content: string][] {
  const date = input.updated?.replace(/-/g, '/');
  return [
    ['citation_title', input.title],
    ['citation_publisher', context.publisher],
    ...(date ? [['citation_publication_date', date] as [string, string]] : []),
    ['citation_public_url', input.url],
    ['citation_language', input.locale],
    ['DC.type', 'webpage'],
  ];
}

/**
 * A chapter as schema.org JSON-LD: an Article with its headline, address, last update (`dateModified`), publisher and
 * licence; its description, image and site are in the page's Open Graph tags. There is no `datePublished`: the
 * content records when a chapter was corrected, not when it first went online, and the site does not guess.
 */
export function articleJsonLd(input: CitationInput, context: CitationContext = buildContext(input.locale)): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.title,
    url: input.url,
    ...(input.updated ? { dateModified: input.updated } : {}),
    publisher: { '@type': 'Organization', name: context.publisher },
    license: contentLicence.url,
  };
}

/** JSON for a `<script type="application/ld+json">`: no `<` in it, so no text in the data can close the element. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

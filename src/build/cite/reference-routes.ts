import type { APIRoute } from 'astro';
import { citationOf, type CitationInput } from './citation-input.ts';
import { referenceFile } from './reference-files.ts';
import { getChapters } from '../content/get-chapters.ts';
import { getDatasets } from '../../data/get-datasets.ts';
import type { Locale } from '../../core/locale.ts';

/** The static paths of an edition's reference files: one per chapter, citing the chapter's page in that edition. */
export async function referenceFileRoutes(locale: Locale) {
  const datasets = await getDatasets();
  return (await getChapters(locale)).map((chapter) => ({
    params: { slug: chapter.slug },
    props: { input: citationOf(chapter, datasets) },
  }));
}

const types = { bibtex: 'application/x-bibtex', ris: 'application/x-research-info-systems' } as const;

/**
 * A chapter's reference as a file: a BibTeX entry, for reference managers and LaTeX, or an RIS record, for reference
 * managers and school citation tools (src/build/cite/reference-files.ts).
 */
export const referenceFileResponse =
  (format: keyof typeof types): APIRoute<{ input: CitationInput }> =>
  ({ props }) =>
    new Response(referenceFile(format, props.input), { headers: { 'Content-Type': `${types[format]}; charset=utf-8` } });

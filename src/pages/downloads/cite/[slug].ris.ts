import type { APIRoute, GetStaticPaths } from 'astro';
import { citationOf, type CitationInput } from '../../../build/cite/citation-input.ts';
import { referenceFile } from '../../../build/cite/reference-files.ts';
import { getChapters } from '../../../build/content/get-chapters.ts';
import { getDatasets } from '../../../data/get-datasets.ts';

/** Each chapter's reference as a RIS record, for reference managers and school citation tools. */
export const getStaticPaths = (async () => {
  const datasets = await getDatasets();
  return (await getChapters()).map((chapter) => ({ params: { slug: chapter.slug }, props: { input: citationOf(chapter, datasets) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ input: CitationInput }> = ({ props }) =>
  new Response(referenceFile('ris', props.input), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });

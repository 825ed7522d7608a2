import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters } from '../../../build/content/get-chapters.ts';
import { qrSvg } from '../../../build/kit/qr-svg.ts';
import { absoluteUrl } from '../../../core/url.ts';

/** A QR code per chapter, pointing at the chapter's canonical URL, for the printed handout. */
export const getStaticPaths = (async () =>
  (await getChapters()).map((chapter) => ({
    params: { slug: chapter.slug },
    props: { href: absoluteUrl(`/chapters/${chapter.slug}/`) },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ href: string }> = async ({ props }) =>
  new Response(await qrSvg(props.href), { headers: { 'Content-Type': 'image/svg+xml' } });

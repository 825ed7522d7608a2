import type { APIRoute, GetStaticPaths } from 'astro';
import QRCode from 'qrcode';
import { getChapters } from '../../../build/content/get-chapters.ts';
import { absoluteUrl } from '../../../core/url.ts';

/** A QR code per chapter, pointing at the chapter's canonical URL, for the printed handout. */
export const getStaticPaths = (async () =>
  (await getChapters()).map((chapter) => ({
    params: { slug: chapter.slug },
    props: { href: absoluteUrl(`/chapters/${chapter.slug}/`) },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ href: string }> = async ({ props }) => {
  // Level M survives a crease or a smudge on paper; a four-module quiet zone is what scanners expect.
  const svg = await QRCode.toString(props.href, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};

import type { APIRoute } from 'astro';
import { getChapters } from '../content/get-chapters.ts';
import { chapterSourcesSection } from './handout-paths.ts';
import { qrSvg } from './qr-svg.ts';
import { localePath, type Locale } from '../../core/locale.ts';
import { absoluteUrl } from '../../core/url.ts';

/**
 * The static paths of an edition's QR codes for its printed handouts, one per chapter: the code that opens the
 * chapter, or (`sources`) the one that opens its section of the sources page, both in that edition.
 */
export async function qrRoutes(locale: Locale, opens: 'chapter' | 'sources') {
  return (await getChapters(locale)).map((chapter) => ({
    params: { slug: chapter.slug },
    props: {
      href:
        opens === 'chapter'
          ? absoluteUrl(localePath(locale, `/chapters/${chapter.slug}/`))
          : absoluteUrl(...chapterSourcesSection(chapter.slug, locale)),
    },
  }));
}

/** A QR code as an SVG file. */
export const qrResponse: APIRoute<{ href: string }> = async ({ props }) =>
  new Response(await qrSvg(props.href), { headers: { 'Content-Type': 'image/svg+xml' } });

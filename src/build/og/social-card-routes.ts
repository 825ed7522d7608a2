import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { cardBars } from './card-bars.ts';
import { socialCardSvg, type CardText } from './social-card.ts';
import { getChapters } from '../content/get-chapters.ts';
import { fill } from '../../core/fill.ts';
import type { Locale } from '../../core/locale.ts';
import { datasetsIn } from '../../data/datasets-in.ts';
import { getDatasets } from '../../data/get-datasets.ts';
import { siteWords } from '../../data/site-words.ts';

/**
 * The static paths of an edition's link-preview images (/og/<slug>.png, /ru/og/<slug>.png): one per chapter, plus the
 * site's own ("home"), each in the edition's words, with the same real figures labelled in its language.
 */
export async function socialCardRoutes(locale: Locale) {
  const words = siteWords(locale);
  const figures = cardBars(datasetsIn(await getDatasets(), locale), '2025-07', locale);
  const home = { kicker: words['og.kicker'], title: words['site.name'], summary: words['site.description'], ...figures } satisfies CardText;
  return [
    { params: { slug: 'home' }, props: home },
    ...(await getChapters(locale)).map((c) => ({
      params: { slug: c.slug },
      props: {
        kicker: fill(words['og.chapter'], { order: c.entry.data.order, site: words['site.name'] }),
        title: c.entry.data.title,
        summary: c.entry.data.summary,
        ...figures,
      } satisfies CardText,
    })),
  ];
}

/** A link-preview card as a PNG of 1200 × 630. */
export const socialCardResponse: APIRoute<CardText> = async ({ props }) => {
  const png = await sharp(Buffer.from(socialCardSvg(props)))
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

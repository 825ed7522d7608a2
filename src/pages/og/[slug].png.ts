import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { getChapters } from '../../build/content/get-chapters.ts';
import { getDatasets } from '../../data/get-datasets.ts';
import { cardBars } from '../../build/og/card-bars.ts';
import { socialCardSvg, type CardText } from '../../build/og/social-card.ts';
import { site } from '../../core/site.ts';

/** One prebuilt link-preview image per chapter, plus the site's own ("home"). */
export const getStaticPaths = (async () => {
  const chapters = await getChapters();
  const figures = cardBars(await getDatasets(), '2025-07');
  return [
    { params: { slug: 'home' }, props: { kicker: 'An explainer', title: site.name, summary: site.description, ...figures } },
    ...chapters.map((c) => ({
      params: { slug: c.slug },
      props: {
        kicker: `Chapter ${c.entry.data.order} · ${site.name}`,
        title: c.entry.data.title,
        summary: c.entry.data.summary,
        ...figures,
      },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<CardText> = async ({ props }) => {
  const png = await sharp(Buffer.from(socialCardSvg(props)))
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

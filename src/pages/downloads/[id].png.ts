import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { getKitSteps, type KitStep } from '../../build/kit/kit-steps.ts';
import { stepSvg } from '../../build/kit/step-graphic.ts';

/** Each step's graphic as a PNG at twice its drawn size (at least 1,200 px wide), for slides and documents. */
export const getStaticPaths = (async () =>
  (await getKitSteps()).map((step) => ({ params: { id: step.id }, props: { step } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ step: KitStep }> = async ({ props }) => {
  // density 144 = 2 × the SVG's 72 dpi: every user unit becomes two pixels, text rasterised sharp at that size.
  const png = await sharp(Buffer.from(stepSvg(props.step)), { density: 144 })
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

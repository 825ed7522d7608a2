import type { APIRoute, GetStaticPaths } from 'astro';
import { getKitSteps, type KitStep } from '../../build/kit/kit-steps.ts';
import { svgToPng } from '../../build/kit/rasterise.ts';
import { stepSvg } from '../../build/kit/step-graphic.ts';

/** Each step's graphic as a PNG at twice its drawn size (at least 1,200 px wide), for documents. */
export const getStaticPaths = (async () =>
  (await getKitSteps()).map((step) => ({ params: { id: step.id }, props: { step } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ step: KitStep }> = async ({ props }) =>
  new Response(await svgToPng(stepSvg(props.step), 2), { headers: { 'Content-Type': 'image/png' } });

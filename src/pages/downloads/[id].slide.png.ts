import type { APIRoute, GetStaticPaths } from 'astro';
import { getKitSteps, type KitStep } from '../../build/kit/kit-steps.ts';
import { svgToPng } from '../../build/kit/rasterise.ts';
import { stepSlideSvg } from '../../build/kit/step-graphic.ts';

/** Each step's graphic as a 1920×1080 PNG for slides: large, with title, key, source, address and credit. */
export const getStaticPaths = (async () =>
  (await getKitSteps()).map((step) => ({ params: { id: step.id }, props: { step } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ step: KitStep }> = async ({ props }) =>
  new Response(await svgToPng(stepSlideSvg(props.step), 1), { headers: { 'Content-Type': 'image/png' } });

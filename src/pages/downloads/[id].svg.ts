import type { APIRoute, GetStaticPaths } from 'astro';
import { getKitSteps, type KitStep } from '../../build/kit/kit-steps.ts';
import { stepSvg } from '../../build/kit/step-graphic.ts';

/** Each step's graphic as a standalone SVG file, for slides and handouts. */
export const getStaticPaths = (async () =>
  (await getKitSteps()).map((step) => ({ params: { id: step.id }, props: { step } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ step: KitStep }> = ({ props }) =>
  new Response(stepSvg(props.step), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });

import type { APIRoute } from 'astro';
import type { Locale } from '../../core/locale.ts';
import { getKitSteps, type KitStep } from './kit-steps.ts';
import { svgToPng } from './rasterise.ts';
import { stepSlideSvg, stepSvg } from './step-graphic.ts';

/**
 * The static paths of an edition's graphic downloads (/downloads/<step>.svg, .png and .slide.png, and the same under
 * /ru/): one per step of its chapters, drawn in its words.
 */
export async function graphicRoutes(locale: Locale) {
  return (await getKitSteps(locale)).map((step) => ({ params: { id: step.id }, props: { step } }));
}

/** A step's graphic as a standalone SVG file, for slides and handouts. */
export const svgResponse: APIRoute<{ step: KitStep }> = ({ props }) =>
  new Response(stepSvg(props.step), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });

/** A step's graphic as a PNG at twice its drawn size (at least 1,200 px wide), for documents. */
export const pngResponse: APIRoute<{ step: KitStep }> = async ({ props }) =>
  new Response(await svgToPng(stepSvg(props.step), 2), { headers: { 'Content-Type': 'image/png' } });

/** A step's graphic as a 1920×1080 PNG for slides: large, with title, key, source, address and credit. */
export const slideResponse: APIRoute<{ step: KitStep }> = async ({ props }) =>
  new Response(await svgToPng(stepSlideSvg(props.step), 1), { headers: { 'Content-Type': 'image/png' } });

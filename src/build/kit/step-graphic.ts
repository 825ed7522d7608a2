import { stylesOf } from '../../charts/chart.ts';
import { publisher } from '../../core/publisher.ts';
import { site } from '../../core/site.ts';
import { frameKey } from './frame-key.ts';
import type { KitStep } from './kit-steps.ts';
import { creditLine, exceptedFiguresLine } from './licence.ts';
import { slideSvg } from './slide-svg.ts';
import { standaloneSvg, type StandaloneText } from './standalone-svg.ts';

/** What a step's downloads print around its wide graphic: source, "as of", address, credit and any exception. */
function stepText(step: KitStep): StandaloneText {
  const framePrintsSource = step.frames.wide.marks.some((mark) => mark.text?.startsWith('Source'));
  const exceptionLine = exceptedFiguresLine(step.figureOwners);
  return {
    title: step.chart.words.en.title,
    ...(framePrintsSource ? {} : { sourceLine: step.sourceLine }),
    asOfLine: `As of ${step.asOfText}`,
    urlLine: step.absoluteHref,
    creditLine: creditLine(site.name, publisher.name),
    ...(exceptionLine && { exceptionLine }),
  };
}

/** A step's graphic as a downloadable SVG: the wide layout with title, key, source line, "as of", URL and credit. */
export function stepSvg(step: KitStep): string {
  return standaloneSvg(step.frames.wide, stepText(step), stylesOf(step.chart), frameKey(step.frames.wide));
}

/** A step's graphic as a 1920×1080 slide: the same lines as stepSvg, larger, with its place in the chapter on top. */
export function stepSlideSvg(step: KitStep): string {
  const kicker = `Chapter ${step.chapter.entry.data.order}: ${step.chapter.entry.data.title} · step ${step.number} of ${step.chapter.story.steps.length}`;
  return slideSvg(step.frames.wide, { ...stepText(step), kicker }, stylesOf(step.chart), frameKey(step.frames.wide));
}

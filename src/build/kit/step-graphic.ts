import { stylesOf } from '../../charts/chart.ts';
import { fill } from '../../core/fill.ts';
import { publisher } from '../../core/publisher.ts';
import { siteWords } from '../../data/site-words.ts';
import { sourceLineWords } from '../../charts/source-line-words.ts';
import { frameKey } from './frame-key.ts';
import type { KitStep } from './kit-steps.ts';
import { creditLine, exceptedFiguresLine } from './licence.ts';
import { slideSvg } from './slide-svg.ts';
import { standaloneSvg, type StandaloneText } from './standalone-svg.ts';

/**
 * What a step's downloads print around its wide graphic, in the words of its chapter's edition: source, "as of",
 * address, credit and any exception.
 */
function stepText(step: KitStep): StandaloneText {
  const { locale } = step.chapter;
  const words = siteWords(locale);
  // A frame that prints its own source line ("Source: Mediascope, via …", the chart's words) needs none below it.
  const sourcePrefix = sourceLineWords[locale].sourceLine.split('{')[0]!.trim();
  const framePrintsSource = step.frames.wide.marks.some((mark) => mark.text?.startsWith(sourcePrefix));
  const exceptionLine = exceptedFiguresLine(step.figureOwners, locale);
  return {
    title: step.chart.words[locale].title,
    ...(framePrintsSource ? {} : { sourceLine: step.sourceLine }),
    asOfLine: fill(words['embed.asOf'], { date: step.asOfText }),
    urlLine: step.absoluteHref,
    creditLine: creditLine(words['site.name'], publisher.name, locale),
    ...(exceptionLine && { exceptionLine }),
  };
}

/** A step's graphic as a downloadable SVG: the wide layout with title, key, source line, "as of", URL and credit. */
export function stepSvg(step: KitStep): string {
  return standaloneSvg(step.frames.wide, stepText(step), stylesOf(step.chart), frameKey(step.frames.wide, step.chapter.locale));
}

/** A step's graphic as a 1920×1080 slide: the same lines as stepSvg, larger, with its place in the chapter on top. */
export function stepSlideSvg(step: KitStep): string {
  const { order, title } = step.chapter.entry.data;
  const kicker = fill(siteWords(step.chapter.locale)['download.kicker'], {
    order,
    title,
    number: step.number,
    steps: step.chapter.story.steps.length,
  });
  return slideSvg(step.frames.wide, { ...stepText(step), kicker }, stylesOf(step.chart), frameKey(step.frames.wide, step.chapter.locale));
}

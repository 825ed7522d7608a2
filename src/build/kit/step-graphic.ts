import { stylesOf } from '../../charts/chart.ts';
import { site } from '../../core/site.ts';
import type { KitStep } from './kit-steps.ts';
import { licenceLine } from './licence.ts';
import { standaloneSvg } from './standalone-svg.ts';

/** A step's graphic as a downloadable SVG: the wide layout with title, source line, "as of", URL and licence. */
export function stepSvg(step: KitStep): string {
  const framePrintsSource = step.frames.wide.marks.some((mark) => mark.text?.startsWith('Source'));
  return standaloneSvg(
    step.frames.wide,
    {
      title: step.chart.title,
      sourceLine: framePrintsSource ? undefined : step.sourceLine,
      asOfLine: `As of ${step.asOfText}`,
      urlLine: step.absoluteHref,
      creditLine: licenceLine(site.name),
    },
    stylesOf(step.chart),
  );
}

/**
 * How much a step's text is set smaller on its slide so that it fits a 1280×720 projector beside its graphic: 1 for
 * most steps, less for the longest, in the steps src/styles/present.css knows (`data-text-scale`; a page's
 * Content-Security-Policy allows no style attribute). A slide's text column is a fixed share of the screen, so the
 * text's height grows with its width in ems (its letters, each Cyrillic letter counted wider: Russian words set about
 * half as tall again as English ones of the same length in the body face) and with the square of its type size.
 * Measured in Chromium, 5 December 2026: the text's height at the slide's type size is about 2.3 px a unit of this
 * width at 1280×720, where 630 px are free; 1920×1080 has more room for each unit. `maxWidth` leaves a margin: the
 * longest English step (262 units) keeps its size, the longest Russian one (484 units) is set at 0.7 of it. Pure.
 */
export function slideTextScale(text: string): SlideTextScale {
  const cyrillic = text.match(/[\u0400-\u04ff]/g)?.length ?? 0;
  const width = (text.length - cyrillic) * latinEm + cyrillic * cyrillicEm;
  const needed = Math.sqrt(maxWidth / width);
  return slideTextScales.find((scale) => scale <= needed) ?? slideTextScales.at(-1)!;
}

/** The sizes a slide's text may be set at, largest first, as src/styles/present.css gives them. */
export const slideTextScales = [1, 0.9, 0.8, 0.7] as const;
export type SlideTextScale = (typeof slideTextScales)[number];

const latinEm = 0.6;
const cyrillicEm = 0.9;
const maxWidth = 270;

/**
 * Draws a step's snapshot into an empty live graphic by copying its marks: the first frame a story shows, which has
 * nothing to move from. Copying the printed elements is exact (they are the frame) and far cheaper on a phone's first
 * seconds than reading the frame back and building each mark from it. Later frames go through applyFrame, whose join
 * reads the keys of these copies from the DOM.
 */
export function copySnapshot(svg: SVGSVGElement, snapshot: SVGSVGElement): void {
  for (const name of ['viewBox', 'width', 'height']) svg.setAttribute(name, snapshot.getAttribute(name)!);
  const marks = snapshot.querySelectorAll(':scope > g[data-marks] > [data-key]');
  svg.querySelector(':scope > g[data-marks]')!.replaceChildren(...[...marks].map((mark) => mark.cloneNode(true)));
}

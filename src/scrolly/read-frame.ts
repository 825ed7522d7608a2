import type { Frame, Mark, MarkKind } from '../frame/frame.ts';

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

/**
 * Reads a Frame back from an SVG that FrameSvg printed (a step's snapshot): the page ships each frame once, as SVG,
 * and the live graphic moves to what the snapshot shows. Numeric attributes come back as numbers so they can tween.
 */
export function readFrame(svg: SVGSVGElement): Frame {
  const { width, height } = svg.viewBox.baseVal;
  const marks: Mark[] = [...svg.querySelectorAll<SVGElement>(':scope > g[data-marks] > [data-key]')].map((element) => {
    const attrs: Record<string, string | number> = {};
    for (const { name, value } of element.attributes) {
      if (name !== 'data-key') attrs[name] = NUMBER.test(value) ? Number(value) : value;
    }
    const kind = element.localName as MarkKind;
    const mark: Mark = { key: element.dataset.key!, kind, attrs };
    return kind === 'text' ? { ...mark, text: element.textContent ?? '' } : mark;
  });
  return { width, height, marks };
}

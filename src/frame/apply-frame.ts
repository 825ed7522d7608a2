import { select, type Selection } from 'd3-selection';
// Imported for its side effect: it adds `selection.transition`, which d3-selection alone lacks at run time.
import 'd3-transition';
import type { Frame, Mark } from './frame.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** How to move to a frame. */
export interface ApplyOptions {
  /** Transition length in milliseconds; 0 applies the frame at once, with no intermediate values. */
  readonly duration: number;
}

type Marks = Selection<SVGElement, Mark, SVGGElement, unknown>;

/**
 * Moves an SVG drawn by FrameSvg to `frame`: joins marks by key (and kind), tweens the attributes of marks that stay,
 * fades entering marks in and leaving marks out. The only DOM code charts rely on.
 */
export function applyFrame(svg: SVGSVGElement, frame: Frame, { duration }: ApplyOptions): void {
  svg.setAttribute('viewBox', `0 0 ${frame.width} ${frame.height}`);
  const layer = select(svg).select<SVGGElement>('g[data-marks]');
  layer.selectAll<SVGElement, Mark>('*').interrupt();

  // Server-rendered marks carry no bound datum yet, so their key is read from the DOM.
  const joined = layer
    .selectAll<SVGElement, Mark | undefined>(':scope > [data-key]')
    .data<Mark>([...frame.marks], function (this: SVGElement | Mark[], mark: Mark | undefined) {
      return mark ? `${mark.kind}:${mark.key}` : `${(this as SVGElement).localName}:${(this as SVGElement).dataset.key}`;
    });

  const exiting: Marks = joined.exit<Mark>();
  const entering: Marks = joined
    .enter()
    .append((mark) => document.createElementNS(SVG_NS, mark.kind) as SVGElement)
    .attr('data-key', (mark) => mark.key);
  const updating: Marks = joined;

  entering.each(function (mark) {
    setStatic(this, mark);
    for (const [name, value] of Object.entries(mark.attrs)) this.setAttribute(name, String(value));
  });
  updating.each(function (mark) {
    setStatic(this, mark);
  });
  // Paint order follows the frame's mark order (the merged selection is in data order).
  entering.merge(updating).order();

  if (duration === 0) {
    exiting.remove();
    updating.each(function (mark) {
      for (const [name, value] of Object.entries(mark.attrs)) this.setAttribute(name, String(value));
    });
    return;
  }
  entering.attr('opacity', 0).transition().duration(duration).attr('opacity', (m) => m.attrs.opacity ?? 1);
  exiting.transition().duration(duration).attr('opacity', 0).remove();
  updating.each(function (mark) {
    const move = select(this).transition().duration(duration);
    for (const [name, value] of Object.entries(mark.attrs)) {
      if (typeof value === 'number') move.attr(name, value);
      else this.setAttribute(name, value);
    }
  });
}

/** Sets what cannot be tweened (text, and removing attributes the new mark lacks) at once. */
function setStatic(element: SVGElement, mark: Mark): void {
  for (const name of element.getAttributeNames()) {
    if (name !== 'data-key' && !(name in mark.attrs)) element.removeAttribute(name);
  }
  if (mark.text !== undefined) element.textContent = mark.text;
}

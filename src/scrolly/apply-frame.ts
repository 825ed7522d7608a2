import { select, type Selection } from 'd3-selection';
// Imported for its side effect: it adds `selection.transition`, which d3-selection alone lacks at run time.
import 'd3-transition';
import type { Frame, Mark } from '../frame/frame.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** How to move to a frame. */
export interface ApplyOptions {
  /** Transition length in milliseconds; 0 applies the frame at once, with no intermediate values. */
  readonly duration: number;
}

type Marks = Selection<SVGElement, Mark, SVGGElement, unknown>;

/** A mark's resting opacity: its own attribute, or fully opaque. */
const restingOpacity = (mark: Mark) => Number(mark.attrs.opacity ?? 1);

/** The opacity an element shows now (a fade in progress leaves an attribute; none means fully opaque). */
const currentOpacity = (element: Element) => Number(element.getAttribute('opacity') ?? 1);

/**
 * Moves an SVG to `frame`: joins marks by key (and kind), tweens the attributes of marks that stay, fades entering
 * marks in and leaving marks out, each from the opacity it shows now. Once settled, every mark carries exactly the
 * frame's attributes (a fade's own `opacity` is removed again), so the live graphic equals its step's snapshot.
 */
export function applyFrame(svg: SVGSVGElement, frame: Frame, { duration }: ApplyOptions): void {
  svg.setAttribute('viewBox', `0 0 ${frame.width} ${frame.height}`);
  svg.setAttribute('width', String(frame.width));
  svg.setAttribute('height', String(frame.height));
  const layer = select(svg).select<SVGGElement>('g[data-marks]');
  layer.selectAll<SVGElement, Mark>('*').interrupt().interrupt('fade');

  // Marks printed by the server carry no bound datum yet, so their key is read from the DOM.
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
    setStatic(this, mark, false);
    for (const [name, value] of Object.entries(mark.attrs)) this.setAttribute(name, String(value));
  });
  updating.each(function (mark) {
    setStatic(this, mark, duration > 0);
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
  entering.attr('opacity', 0).call(fadeTo, duration);
  exiting.each(function () {
    select(this).attr('opacity', currentOpacity(this)).transition().duration(duration).attr('opacity', 0).remove();
  });
  updating.each(function (mark) {
    const move = select(this).transition().duration(duration);
    for (const [name, value] of Object.entries(mark.attrs)) {
      if (typeof value === 'number') move.attr(name, value);
      else this.setAttribute(name, value);
    }
  });
  // A mark caught mid-fade by this frame (it was entering or leaving) fades back to its resting opacity.
  updating
    .filter(function (mark) {
      return !('opacity' in mark.attrs) && this.hasAttribute('opacity');
    })
    .call(fadeTo, duration);
}

/** Fades marks to their resting opacity; a mark whose frame sets none ends with no opacity attribute at all. */
function fadeTo(marks: Marks, duration: number): void {
  marks
    .transition('fade')
    .duration(duration)
    .attr('opacity', restingOpacity)
    .on('end', function (mark) {
      if (!('opacity' in mark.attrs)) this.removeAttribute('opacity');
    });
}

/**
 * Sets what cannot be tweened (text, and removing attributes the new mark lacks) at once. `keepFade` leaves a fade's
 * `opacity` in place so that it can be tweened back rather than jump.
 */
function setStatic(element: SVGElement, mark: Mark, keepFade: boolean): void {
  for (const name of element.getAttributeNames()) {
    if (name === 'data-key' || name in mark.attrs || (keepFade && name === 'opacity')) continue;
    element.removeAttribute(name);
  }
  if (mark.text !== undefined) element.textContent = mark.text;
}

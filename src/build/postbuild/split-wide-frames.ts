import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { hasClass } from '../single/book-sections.ts';

/** A built page without its wide frames, and the file that holds them. */
export interface SplitPage {
  readonly html: string;
  /** An SVG document: the stories' wide furniture, then each step's wide snapshot, marked with its step's id. */
  readonly frames: string;
}

/** Where an element sits in the page's source. */
const span = (element: Element, html: string): readonly [number, number] => {
  const start = element.position?.start.offset;
  const end = element.position?.end.offset;
  if (start === undefined || end === undefined || !html.slice(start, end).startsWith(`<${element.tagName}`))
    throw new Error(`split-wide-frames: no source position for a <${element.tagName}>`);
  return [start, end];
};

/** The children of `parent` that are elements. */
const elements = (parent: Element): Element[] => parent.children.filter((child): child is Element => child.type === 'element');

/**
 * Takes each story's wide layout out of a built page, so that the page, with its text and every step's narrow snapshot,
 * comes in its first round trip (issue 26: 14 KB of gzip, one TCP window, under the 16 KB after which some networks
 * freeze a connection). Out go each step's wide snapshot, the live graphic's empty wide frame, and the wide furniture
 * those snapshots draw (`<use>`); into `frames` they go, each snapshot marked `data-step` with its step's id, in an SVG
 * document of their own. Each `<scrolly-story>` gains `data-frames`, the address of that file (`hrefOf` the file's
 * text, so that its name can carry its content's hash), from which it
 * fetches them once it runs (src/scrolly/scrolly-story.ts). Everything else stays byte for byte: the cuts are made in
 * the source, by position. Returns undefined for a page without a story, or whose stories have no wide frames. Pure.
 */
export function splitWideFrames(html: string, hrefOf: (frames: string) => string): SplitPage | undefined {
  // Most pages hold no story: they are not parsed.
  if (!html.includes('<scrolly-story')) return undefined;
  const tree = fromHtml(html);
  const cuts: (readonly [number, number])[] = [];
  const inserts: number[] = [];
  const snapshots: string[] = [];
  const furniture = new Set<string>();
  const wideFrame = (element: Element) => element.tagName === 'svg' && hasClass(element, ['frame--wide']);
  visit(tree, 'element', (story) => {
    if (story.tagName !== 'scrolly-story') return undefined;
    const before = cuts.length;
    visit(story, 'element', (element) => {
      if (hasClass(element, ['scrolly__graphic'])) {
        for (const svg of elements(element).filter(wideFrame)) cuts.push(span(svg, html));
        return 'skip';
      }
      if (element.properties.dataStep === undefined) return undefined;
      visit(element, 'element', (svg) => {
        if (!wideFrame(svg)) return undefined;
        const [start, end] = span(svg, html);
        cuts.push([start, end]);
        for (const use of elements(svg).filter((child) => child.tagName === 'use')) furniture.add(String(use.properties.href).slice(1));
        snapshots.push(`<svg data-step="${String(element.properties.id)}"${html.slice(start + '<svg'.length, end)}`);
        return 'skip';
      });
      return 'skip';
    });
    if (cuts.length > before) inserts.push(span(story, html)[0] + '<scrolly-story'.length);
    return 'skip';
  });
  if (snapshots.length === 0) return undefined;
  const groups: string[] = [];
  visit(tree, 'element', (element) => {
    if (element.tagName !== 'g' || !furniture.delete(String(element.properties.id))) return undefined;
    const [start, end] = span(element, html);
    cuts.push([start, end]);
    groups.push(html.slice(start, end));
    return 'skip';
  });
  const missing = [...furniture];
  if (missing.length > 0) throw new Error(`split-wide-frames: the page has no furniture "${missing.join('", "')}"`);
  const defs =
    groups.length > 0 ? `<svg class="frame-furniture" aria-hidden="true" focusable="false"><defs>${groups.join('')}</defs></svg>\n` : '';
  const frames = `<svg xmlns="http://www.w3.org/2000/svg">\n${defs}${snapshots.join('\n')}\n</svg>\n`;
  const href = hrefOf(frames);
  const edits = [
    ...cuts.map(([start, end]) => ({ start, end, text: '' })),
    ...inserts.map((at) => ({ start: at, end: at, text: ` data-frames="${href}"` })),
  ].sort((a, b) => b.start - a.start);
  let out = html;
  for (const { start, end, text } of edits) out = `${out.slice(0, start)}${text}${out.slice(end)}`;
  return { html: out, frames };
}

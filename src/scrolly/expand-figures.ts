import type { Blockquote, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import {
  claimText,
  currentPopulation,
  findReach,
  handTypedFigure,
  populationText,
  quoteAttribution,
  reachText,
  resolvePlaceholders,
  type PopulationFormat,
} from '../data/figure-text.ts';
import { formatEventDate } from '../charts/format.ts';
import type { Datasets } from '../data/load-datasets.ts';
import { unitsFor } from '../charts/population-coverage/units.ts';

/** The prose components this pass prints from the data; the MDX never renders them itself. */
const figureComponents = new Set(['Reach', 'Population', 'EventDate', 'Claim', 'Quote']);

/**
 * Binds a chapter's figures and quotes to the data, before the rest of the chapter checks run:
 * - rejects, with the line, a reach-like figure typed by hand ("97.3 million", "90.8 M") in the prose or in a step's
 *   `alt`, and a quotation typed as a Markdown blockquote;
 * - replaces `<Reach platform period />`, `<Population as />`, `<EventDate id />`, `<Claim id />` with the figure's
 *   words followed by a `<Cite>` of its source (`bare` leaves the citation to the sentence, `strong` sets the figure in
 *   bold, `as="squares"` prints the number of one-million squares), and `<Quote id />` with the blockquote,
 *   attribution and `<Cite>`;
 * - resolves `{reach:…}`-style placeholders in step `alt` texts (see figure-text.ts).
 * The `<Cite>`s it writes are then checked and anchored like hand-written ones.
 */
export function expandFigures(tree: Root, data: Datasets, fail: (message: string) => never): void {
  const at = (node: { position?: { start: { line: number } } }) => `line ${node.position?.start.line ?? '?'}`;

  visit(tree, (node, _index, parent) => {
    if (node.type === 'blockquote') {
      fail(`${at(node)}: a quotation is typed by hand; add it to content/data/quotes.json and write <Quote id="…" />`);
    }
    if (node.type === 'text' || node.type === 'inlineCode') {
      const figure = handTypedFigure((node as Text).value);
      if (figure && !isInsideComponent(parent)) {
        fail(`${at(node)}: the figure "${figure}" is typed by hand; print it from the data with <Reach platform="…" period="YYYY-MM" />, <Population />, or <Claim id="…" />`);
      }
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as MdxJsxFlowElement).name === 'Step') {
      const alt = attr(node as MdxJsxFlowElement, 'alt');
      if (alt && typeof alt.value === 'string') {
        const figure = handTypedFigure(alt.value);
        if (figure) fail(`${at(node)}: the alt text types "${figure}" by hand; write a placeholder such as {reach:whatsapp:2025-07}`);
        alt.value = withDetail(() => resolvePlaceholders(alt.value as string, data), `${at(node)}: alt`, fail);
      }
    }
  });

  visit(tree, (node, index, parent) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (!element.name || !figureComponents.has(element.name) || !parent || index === undefined) return;
    const where = `${at(element)}: <${element.name}>`;
    const replacement = withDetail(() => expand(element, data), where, fail);
    (parent as Parent).children.splice(index, 1, ...(replacement as RootContent[]));
    return [SKIP, index + replacement.length];
  });
}

function isInsideComponent(parent: unknown): boolean {
  const name = (parent as { name?: string } | undefined)?.name;
  return name !== undefined && figureComponents.has(name);
}

function withDetail<T>(run: () => T, where: string, fail: (message: string) => never): T {
  try {
    return run();
  } catch (error) {
    return fail(`${where}: ${(error as Error).message}`);
  }
}

/** The nodes that stand in for one prose component. */
function expand(element: MdxJsxFlowElement | MdxJsxTextElement, data: Datasets): (PhrasingContent | Blockquote)[] {
  const value = (name: string) => {
    const a = attr(element, name);
    return typeof a?.value === 'string' ? a.value : undefined;
  };
  const required = (name: string) => {
    const v = value(name);
    if (v === undefined) throw new Error(`needs ${name}="…"`);
    return v;
  };
  const bare = attr(element, 'bare') !== undefined;
  const strong = attr(element, 'strong') !== undefined;
  const words = (value: string): PhrasingContent => (strong ? { type: 'strong', children: [text(value)] } : text(value));
  const figure = (value: string, sources: readonly string[]): PhrasingContent[] =>
    bare ? [words(value)] : [words(value), text(' '), cite(sources)];

  switch (element.name) {
    case 'Reach': {
      const record = findReach(data, required('platform'), required('period'));
      if (value('as') === 'squares') return [words(String(unitsFor(record.reach * 1_000_000)))];
      return figure(reachText(record), [record.source]);
    }
    case 'Population': {
      const record = currentPopulation(data);
      const as = (value('as') ?? 'exact') as PopulationFormat;
      if (!['exact', 'millions', 'squares'].includes(as)) throw new Error(`as="${as}" must be exact, millions or squares`);
      return as === 'squares' ? [words(populationText(record, as))] : figure(populationText(record, as), record.sources.slice(0, 1));
    }
    case 'EventDate': {
      const id = required('id');
      const event = data.events.find((e) => e.id === id);
      if (!event) throw new Error(`no event "${id}" in events.json`);
      return [text(value('part') === 'until' && event.until ? formatEventDate(event.until) : formatEventDate(event.date, value('part') === 'start' ? undefined : event.until))];
    }
    case 'Claim': {
      const id = required('id');
      const claim = data.claims.find((c) => c.id === id);
      if (!claim) throw new Error(`no claim "${id}" in claims.json`);
      return figure(claimText(claim), claim.sources.slice(0, 1));
    }
    default: {
      const id = required('id');
      const quote = data.quotes.find((q) => q.id === id);
      if (!quote) throw new Error(`no quote "${id}" in quotes.json`);
      return [
        {
          type: 'blockquote',
          data: { hProperties: { className: ['quote'], dataQuote: quote.id, ...(quote.lang === 'en' ? {} : { lang: quote.lang }) } },
          children: [
            { type: 'paragraph', children: [text(`“${quote.text}”`)] },
            {
              type: 'paragraph',
              data: { hProperties: { className: ['quote-attribution'] } },
              children: [text(`— ${quoteAttribution(quote)} `), cite(quote.sources)],
            },
          ],
        },
      ];
    }
  }
}

function attr(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
}

function text(value: string): Text {
  return { type: 'text', value };
}

function cite(sources: readonly string[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name: 'Cite', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: sources.join(' ') }], children: [] };
}

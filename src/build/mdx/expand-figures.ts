import type { Blockquote, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import {
  approximateDate,
  claimText,
  countText,
  currentPopulation,
  eventDateText,
  findClaim,
  findEvent,
  findReach,
  populationText,
  reachShare,
  reachText,
  resolvePlaceholders,
  type PopulationFormat,
} from '../../data/figure-text.ts';
import type { Datasets } from '../../data/load-datasets.ts';
import type { Quote } from '../../data/schemas.ts';
import { typedFactMessage, typedFacts } from '../content/typed-facts.ts';
import { unitsFor } from '../../data/population-units.ts';
import { languageNames, type Locale } from '../../core/locale.ts';
import { datasetsIn } from '../../data/datasets-in.ts';
import { siteWords } from '../../data/site-words.ts';
import { quote as quoted } from '../../core/format.ts';

/**
 * The language a chapter is written in and what its quotes print: the quotes with their words in it (datasetsIn), and
 * the note that marks a quote as the site's translation (`translation.ours`), for the quotes recorded in another
 * language.
 */
export interface FigureLanguage {
  readonly locale: Locale;
  readonly quotes: readonly Quote[];
  readonly ours: string;
}

/** What a chapter in `locale` prints its quotes with: their words in it, and its note for the site's translation. */
export function figureLanguage(data: Datasets, locale: Locale, root?: string): FigureLanguage {
  return { locale, quotes: datasetsIn(data, locale, root).quotes, ours: siteWords(locale, root)['translation.ours'] };
}

/** The prose components this pass prints from the data; the MDX never renders them itself. */
const figureComponents = new Set(['Reach', 'Population', 'EventDate', 'Claim', 'Share', 'Count', 'Quote']);

/**
 * Binds a chapter's figures, dates and quotes to the data, before the rest of the chapter checks run, and returns
 * every mistake it finds (each "line N: …"):
 * - a date or figure typed by hand in the prose or in a step's `alt` (see typed-facts.ts), with the component or
 *   placeholder to write instead, and a quotation typed as a Markdown blockquote;
 * - replaces `<Reach platform period />`, `<Population as />` and `<Claim id />` with the figure's words followed by
 *   a `<Cite>` of its source (`bare` leaves the citation to the sentence, `strong` sets the figure in bold,
 *   `as="squares"` prints the number of one-million squares); `<EventDate>`, `<Share>`, `<Count>`, a claim's or the
 *   population's date (`part="date"`, `as="date"`) and squares with their words alone, the sentence citing them; and
 *   `<Quote id />` with the blockquote, attribution and `<Cite>`;
 * - resolves `{reach:…}`-style placeholders in step `alt` texts (see figure-text.ts).
 * The `<Cite>`s it writes are then checked and anchored like hand-written ones. Figures and dates print as `language`
 * writes them; a quote prints in the chapter's language: as its sources print it where it was recorded in that language
 * or said in it (`original`), else in the site's translation, marked as one.
 */
export function expandFigures(tree: Root, data: Datasets, language: FigureLanguage): string[] {
  const { locale } = language;
  const problems: string[] = [];
  const at = (node: { position?: { start: { line: number } } }) => `line ${node.position?.start.line ?? '?'}`;
  const attempt = <T>(run: () => T, where: string, otherwise: T): T => {
    try {
      return run();
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
      return otherwise;
    }
  };

  visit(tree, (node, _index, parent) => {
    if (node.type === 'blockquote') {
      problems.push(`${at(node)}: a quotation is typed by hand; add it to content/data/quotes.json and write <Quote id="…" />`);
    }
    if ((node.type === 'text' || node.type === 'inlineCode') && !isInsideComponent(parent)) {
      // The line of each typed fact: the text node's first line, plus the line breaks before the fact.
      const { value } = node as Text;
      const first = node.position?.start.line;
      for (const fact of typedFacts(value, data)) {
        const line = first === undefined ? '?' : first + (value.slice(0, fact.at).match(/\n/g)?.length ?? 0);
        problems.push(`line ${line}: ${typedFactMessage(fact, 'prose')}`);
      }
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as MdxJsxFlowElement).name === 'Step') {
      const alt = attr(node as MdxJsxFlowElement, 'alt');
      if (alt && typeof alt.value === 'string') {
        for (const fact of typedFacts(alt.value, data)) problems.push(`${at(node)}: the alt text: ${typedFactMessage(fact, 'plain text')}`);
        alt.value = attempt(() => resolvePlaceholders(alt.value as string, data, locale), `${at(node)}: alt`, alt.value);
      }
    }
  });

  visit(tree, (node, index, parent) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (!element.name || !figureComponents.has(element.name) || !parent || index === undefined) return;
    const replacement = attempt(() => expand(element, data, language), `${at(element)}: <${element.name}>`, []);
    const siblings = (parent as Parent).children;
    siblings.splice(index, 1, ...(replacement as RootContent[]));
    // A figure that ends in its own full stop («1 января 2025 г.») takes the sentence's that follows it.
    const last = replacement.at(-1);
    const next = siblings[index + replacement.length];
    if (last?.type === 'text' && last.value.endsWith('.') && next?.type === 'text' && next.value.startsWith('.'))
      next.value = next.value.slice(1);
    return [SKIP, index + replacement.length];
  });
  return problems;
}

function isInsideComponent(parent: unknown): boolean {
  const name = (parent as { name?: string } | undefined)?.name;
  return name !== undefined && figureComponents.has(name);
}

/** The nodes that stand in for one prose component. */
function expand(
  element: MdxJsxFlowElement | MdxJsxTextElement,
  data: Datasets,
  { locale, quotes, ours }: FigureLanguage,
): (PhrasingContent | Blockquote)[] {
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
      return figure(reachText(record, locale), [record.source]);
    }
    case 'Population': {
      const record = currentPopulation(data);
      const as = (value('as') ?? 'exact') as PopulationFormat;
      const printed = populationText(record, as, locale);
      return as === 'squares' || as === 'date' ? [words(printed)] : figure(printed, record.sources.slice(0, 1));
    }
    case 'EventDate': {
      const part = value('part');
      if (part !== undefined && part !== 'start' && part !== 'until') throw new Error(`part="${part}" must be start or until`);
      const options = { part: part as 'start' | 'until' | undefined, milestone: value('milestone'), year: flag(element, 'year') };
      return [words(eventDateText(findEvent(data, required('id')), options, locale))];
    }
    case 'Claim': {
      const claim = findClaim(data, required('id'));
      const part = value('part');
      if (part !== undefined && part !== 'date') throw new Error(`part="${part}" must be date, or left out for the figure`);
      return part === 'date'
        ? [words(claimText(claim, 'date', locale))]
        : figure(claimText(claim, 'value', locale), claim.sources.slice(0, 1));
    }
    case 'Share':
      return [words(reachShare(data, required('platform'), required('period'), value('of'), locale))];
    case 'Count':
      return [words(countText(data, required('of')))];
    default: {
      const id = required('id');
      const quote = data.quotes.find((q) => q.id === id);
      if (!quote) throw new Error(`no quote "${id}" in quotes.json`);
      const worded = quotes.find((q) => q.id === id);
      if (!worded) throw new Error(`the ${languageNames[locale]} words have no quote "${id}"`);
      // The words as said, where a source prints them in this language (`original`): cited to it, with no note on how
      // the recorded words were translated. Else the recorded words in their language, or the site's translation.
      if (quote.original?.lang === locale) return [quoteIn(worded, locale, [], cite(quote.original.sources))];
      const notes = [...(locale === quote.lang ? [] : [ours]), ...(worded.translation ? [worded.translation] : [])];
      return [quoteIn(worded, locale, notes, cite(quote.sources))];
    }
  }
}

/** A boolean attribute written `year={false}` (or `year="false"`); undefined when absent. */
function flag(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): boolean | undefined {
  const a = attr(node, name);
  if (!a) return undefined;
  const written = typeof a.value === 'string' ? a.value : a.value?.value;
  if (written === null || written === undefined || written.trim() === 'true') return true;
  if (written.trim() === 'false') return false;
  throw new Error(`${name}={${written}} must be true or false`);
}

function attr(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
}

function text(value: string): Text {
  return { type: 'text', value };
}

function cite(sources: readonly string[]): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'Cite',
    attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: sources.join(' ') }],
    children: [],
  };
}

/**
 * A quote with its words in `locale` (`quote`: as recorded, or from datasetsIn), in that language's quotation marks,
 * attributed ("— Sergei Boyarsky, chair of …, 10 June 2025") with its `notes` in brackets (the site's translation, how
 * the words reached the source's language) and cited.
 */
function quoteIn(quote: Quote, locale: Locale, notes: readonly string[], source: MdxJsxTextElement): Blockquote {
  const who = quote.role ? `${quote.speaker}, ${quote.role}` : quote.speaker;
  const note = notes.length ? ` (${notes.join('; ')})` : '';
  return {
    type: 'blockquote',
    data: { hProperties: { className: ['quote'], dataQuote: quote.id } },
    children: [
      { type: 'paragraph', children: [text(quoted(quote.text, locale))] },
      {
        type: 'paragraph',
        data: { hProperties: { className: ['quote-attribution'] } },
        children: [text(`— ${who}, ${approximateDate(quote.date, quote.dateApproximate, locale)}${note} `), source],
      },
    ],
  };
}

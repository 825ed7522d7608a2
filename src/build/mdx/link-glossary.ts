import type { Link, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { Node, Parent } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import type { TermMatcher } from '../../data/glossary-match.ts';
import { localePath, type Locale } from '../../core/locale.ts';

/** The class of a link from a chapter to a glossary entry, which the page's CSS styles apart from other links. */
export const glossaryLinkClass = 'glossary-link';

/**
 * A term's entry on the glossary page of `locale`'s edition under the deploy base: what
 * `url(localePath(locale, '/glossary/'), termId)` (src/core/url.ts) gives a page. The remark plugin runs outside Vite,
 * where url() cannot know the base, so astro.config.mjs passes it in.
 */
export function glossaryHref(base: string, locale: Locale, termId: string): string {
  return `${base.replace(/\/$/, '')}${localePath(locale, '/glossary/')}#${termId}`;
}

/** The id of a term's link in a chapter, so that the glossary can link back to where a chapter first uses it. */
export function glossaryUseId(termId: string): string {
  return `glossary-${termId}`;
}

/** Blocks whose words are never linked: headings, quotations, code, tables of data, raw HTML. */
const closedBlocks = new Set(['heading', 'blockquote', 'code', 'html', 'table', 'definition', 'footnoteDefinition', 'yaml']);
/** JSX blocks whose prose is the chapter's own text (a story and its steps); any other component keeps its words. */
const proseComponents = new Set(['Scrolly', 'Step']);
/** Phrasing whose words are read but never linked: an existing link, code, a component. */
const closedPhrasing = new Set(['link', 'linkReference', 'inlineCode', 'mdxJsxTextElement', 'mdxTextExpression', 'html', 'image']);

/** One run of a paragraph's text, in reading order: a text node that may take a link, or words that may not. */
interface Run {
  readonly text: string;
  readonly node?: Text;
  readonly parent?: Parent;
}

/**
 * Links the first use of each glossary term in a chapter to its entry: in the prose of paragraphs, in reading order,
 * never in a heading, a quotation (a blockquote, or the quoted words of someone inside a sentence), a link, code or a
 * component other than `<Scrolly>` and `<Step>`. Each term is linked once; the link wraps the words as written.
 * Returns the ids of the terms it linked, in order.
 */
export function linkGlossary(tree: Root, match: TermMatcher, href: (termId: string) => string): string[] {
  const linked: string[] = [];
  const paragraphs: Paragraph[] = [];
  visit(tree, (node: Node) => {
    const component = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    if (closedBlocks.has(node.type) || (component && !proseComponents.has((node as { name?: string }).name ?? ''))) return SKIP;
    if (node.type !== 'paragraph') return undefined;
    paragraphs.push(node as Paragraph);
    return SKIP;
  });

  for (const paragraph of paragraphs) {
    const runs = runsOf(paragraph);
    const text = runs.map((r) => r.text).join('');
    const offsets: number[] = [];
    runs.reduce((at, run) => (offsets.push(at), at + run.text.length), 0);
    /** The matches to link in each text node, by node. */
    const chosen = new Map<Text, { start: number; end: number; id: string }[]>();
    for (const m of match(text)) {
      if (m.quoted || linked.includes(m.id)) continue;
      const i = runs.findIndex((run, j) => offsets[j]! <= m.start && m.end <= offsets[j]! + run.text.length);
      const run = runs[i];
      if (!run?.node) continue;
      linked.push(m.id);
      const list = chosen.get(run.node) ?? [];
      list.push({ start: m.start - offsets[i]!, end: m.end - offsets[i]!, id: m.id });
      chosen.set(run.node, list);
    }
    for (const run of runs) {
      const spans = run.node && chosen.get(run.node);
      if (!spans || !run.parent) continue;
      const pieces: PhrasingContent[] = [];
      let at = 0;
      for (const span of spans) {
        if (span.start > at) pieces.push({ type: 'text', value: run.text.slice(at, span.start) });
        pieces.push(glossaryLink(run.text.slice(span.start, span.end), span.id, href(span.id)));
        at = span.end;
      }
      if (at < run.text.length) pieces.push({ type: 'text', value: run.text.slice(at) });
      const index = run.parent.children.indexOf(run.node!);
      run.parent.children.splice(index, 1, ...pieces);
    }
  }
  return linked;
}

/** A paragraph's text as runs, in reading order; a component stands as a space, so words either side stay apart. */
function runsOf(node: Parent): Run[] {
  return node.children.flatMap((child): Run[] => {
    if (child.type === 'text') return [{ text: (child as Text).value, node: child as Text, parent: node }];
    if (child.type === 'break') return [{ text: '\n' }];
    if (closedPhrasing.has(child.type)) {
      return [{ text: wordsOf(child) || ' ' }];
    }
    return 'children' in child ? runsOf(child as Parent) : [];
  });
}

function wordsOf(node: Node): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node as Parent).children.map(wordsOf).join('') : '';
}

function glossaryLink(words: string, termId: string, url: string): Link {
  return {
    type: 'link',
    url,
    data: { hProperties: { className: [glossaryLinkClass], id: glossaryUseId(termId) } },
    children: [{ type: 'text', value: words }],
  };
}

import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { glossaryHref, linkGlossary } from '../../../src/build/mdx/link-glossary.ts';
import { termsInChapter } from '../../../src/build/mdx/terms-in-chapter.ts';
import { termMatcher } from '../../../src/data/glossary-match.ts';
import type { GlossaryTerm } from '../../../src/data/schemas.ts';

const term = (id: string, name: string, aliases: string[] = []): GlossaryTerm => ({
  id,
  term: name,
  aliases,
  definition: `What ${name} means.`,
  sources: ['a-source'],
  events: [],
  see: [],
});
const glossary = [
  term('roskomnadzor', 'Roskomnadzor'),
  term('tspu', 'TSPU', ['technical means of countering threats']),
  term('vpn', 'VPN'),
];

/** Links a chapter's MDX as the chapter build does, and returns the links by their words and where each one points. */
function linked(mdx: string, base = '/') {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root;
  const ids = linkGlossary(tree, termMatcher(glossary), (id) => glossaryHref(base, 'en', id));
  const links: [string, string][] = [];
  visit(tree, 'link', (node) => {
    const words = node.children.map((c) => ('value' in c ? c.value : '')).join('');
    links.push([words, node.url]);
  });
  return { ids, links };
}

describe('linkGlossary', () => {
  it('links the first use of each term in a chapter, once, in reading order', () => {
    const { ids, links } = linked('Roskomnadzor runs the TSPU.\n\nRoskomnadzor again, and TSPU again.\n');
    expect(ids).toEqual(['roskomnadzor', 'tspu']);
    expect(links).toEqual([
      ['Roskomnadzor', '/glossary/#roskomnadzor'],
      ['TSPU', '/glossary/#tspu'],
    ]);
  });

  it('links under the deploy base, to the glossary of the chapter’s edition', () => {
    expect(linked('The TSPU.', '/explainer/').links).toEqual([['TSPU', '/explainer/glossary/#tspu']]);
    expect(glossaryHref('/explainer/', 'ru', 'tspu')).toBe('/explainer/ru/glossary/#tspu');
    expect(glossaryHref('/', 'ru', 'tspu')).toBe('/ru/glossary/#tspu');
  });

  it('links in a story’s steps and in emphasis, where the chapter’s own prose is', () => {
    const mdx = '<Scrolly chart="ban-sequence">\n  <Step id="a" alt="A.">\n    The **TSPU** boxes.\n  </Step>\n</Scrolly>\n';
    expect(linked(mdx).links).toEqual([['TSPU', '/glossary/#tspu']]);
  });

  it('leaves headings, links, quotations, code and other components alone, and links the next use in prose', () => {
    const mdx = [
      '## What Roskomnadzor does',
      '',
      '> Roskomnadzor said so.',
      '',
      'See [Roskomnadzor](https://example.org) and `TSPU` and <Note>the TSPU</Note>.',
      '',
      'Durov urged users to "stock up on several VPN/proxies".',
      '',
      '<Aside>',
      'Roskomnadzor in an aside.',
      '</Aside>',
      '',
      'Then Roskomnadzor, the TSPU and a VPN.',
      '',
    ].join('\n');
    const { links } = linked(mdx);
    expect(links.filter(([, url]) => url.includes('/glossary/'))).toEqual([
      ['Roskomnadzor', '/glossary/#roskomnadzor'],
      ['TSPU', '/glossary/#tspu'],
      ['VPN', '/glossary/#vpn'],
    ]);
  });

  it('keeps a citation in its place beside a linked term', () => {
    const tree = unified().use(remarkParse).use(remarkMdx).parse('The TSPU <Cite id="a-source" /> and more.') as Root;
    linkGlossary(tree, termMatcher(glossary), (id) => glossaryHref('/', 'en', id));
    const paragraph = tree.children[0] as { children: { type: string; name?: string; value?: string }[] };
    expect(paragraph.children.map((c) => (c.type === 'link' ? 'link' : (c.name ?? c.value)))).toEqual([
      'The ',
      'link',
      ' ',
      'Cite',
      ' and more.',
    ]);
  });
});

describe('termsInChapter', () => {
  const chapter = (
    linkedIds: string[],
    data: Partial<{ title: string; summary: string; objectives: string[]; questions: string[] }> = {},
  ) => ({
    story: { glossary: linkedIds },
    entry: { data: { title: 'A title', summary: 'A summary.', objectives: ['Read.'], questions: ['Why?', 'How?'], ...data } },
  });

  it('gives the terms the prose links, in order of first use, then those only the front matter names', () => {
    const terms = termsInChapter(
      chapter(['tspu'], { questions: ['Why did Roskomnadzor act?', 'What does "a VPN" mean to him?'] }),
      glossary,
    );
    expect(terms.map((t) => t.id)).toEqual(['tspu', 'roskomnadzor']);
  });

  it('gives nothing for a chapter that uses no term', () => {
    expect(termsInChapter(chapter([]), glossary)).toEqual([]);
  });
});

import type { Paragraph, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseChapterBody } from '../../../src/build/content/chapter-text.ts';

const firstText = (tree: ReturnType<typeof parseChapterBody>) => ((tree.children[0] as Paragraph).children[0] as Text).value;

describe('parseChapterBody', () => {
  it('hands out a tree its reader may change: the next reader of the same body gets it as written', () => {
    const body = 'Text of a step with a figure.\n';
    const first = parseChapterBody(body);
    expect(firstText(first)).toBe('Text of a step with a figure.');
    (first.children[0] as Paragraph).children[0] = { type: 'text', value: 'changed' };
    first.children.push({ type: 'paragraph', children: [] });
    const second = parseChapterBody(body);
    expect(firstText(second)).toBe('Text of a step with a figure.');
    expect(second.children).toHaveLength(1);
    expect(second).not.toBe(first);
  });

  it('keeps an MDX element’s attributes and positions in the copy', () => {
    const body = '<Step id="a" state={{ period: "2025-07" }} alt="Alt.">\n  Words.\n</Step>\n';
    const tree = parseChapterBody(body);
    expect(parseChapterBody(body)).toEqual(tree);
    expect(tree.children[0]).toMatchObject({ type: 'mdxJsxFlowElement', name: 'Step', position: { start: { line: 1, column: 1 } } });
  });

  it('throws on a syntax error every time it is asked, not only the first', () => {
    const broken = '<Step id="a">\n  Words.\n';
    expect(() => parseChapterBody(broken)).toThrow();
    expect(() => parseChapterBody(broken)).toThrow();
  });
});

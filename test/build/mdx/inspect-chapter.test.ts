import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { inspectChapter } from '../../../src/build/mdx/inspect-chapter.ts';
import { datasets } from '../../helpers/datasets.ts';

/** The first words of each step of a one-story chapter with these step texts. */
function firstWordsOf(...texts: string[]): string[] {
  const steps = texts
    .map((text, i) => `  <Step id="step-${i}" state={{ period: "2025-07", show: ["whatsapp"] }} alt="Alt.">\n    ${text}\n  </Step>`)
    .join('\n');
  const tree = unified().use(remarkParse).use(remarkMdx).parse(`<Scrolly chart="user-shares">\n${steps}\n</Scrolly>\n`);
  const { outline } = inspectChapter(tree, { file: 'x.mdx', chapter: 'x', datasets, owners: new Map() });
  return outline.steps.map((step) => step.firstWords);
}

describe('a step’s first words (the educators’ page and the kit name a step by them)', () => {
  it('are its first dozen words, with an ellipsis when it has more', () => {
    expect(firstWordsOf('One two three.', 'One two three four five six seven eight nine ten eleven twelve thirteen.')).toEqual([
      'One two three.',
      'One two three four five six seven eight nine ten eleven twelve…',
    ]);
  });

  it('keep a no-break space where the text has one, as in a Russian date, and count the words it joins as one', () => {
    const date = '13\u00a0августа 2025\u00a0г.';
    expect(firstWordsOf(`${date} Роскомнадзор подтверждает ограничения.`)).toEqual([`${date} Роскомнадзор подтверждает ограничения.`]);
    expect(firstWordsOf('Line\none\u2003two\tthree')).toEqual(['Line one two three']);
  });
});

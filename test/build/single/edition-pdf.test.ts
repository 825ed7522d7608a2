import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { h } from 'hastscript';
import { editionPdf } from '../../../src/build/single/edition-pdf.ts';
import { openPdf } from '../../helpers/pdf-text.ts';

/** A node of the structure tree pdf.js reads from a page: an element with its role, or its content. */
type StructNode = { role: string; alt?: string; children: StructNode[] } | { type: string };

const fonts = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const input = {
  html: `<!DOCTYPE html><html lang="ru"><head><title>Объяснение</title></head><body><main>
<section id="contents" class="edition-part"><h1>Объяснение</h1><p class="as-of"><time datetime="2026-12-03">3 декабря</time></p></section>
<section id="one" class="edition-part"><h1>Глава</h1><div class="step" id="step-a"><div class="step__text"><p>Текст шага.</p></div><figure class="step__snapshot"><svg></svg><figcaption>Столбец.</figcaption></figure></div><h2>Что дальше</h2><ul><li>Первый пункт.</li><li>Второй пункт.</li></ul></section>
</main></body></html>`,
  creator: 'Издатель',
  graphics: new Map([
    [
      'step-a',
      Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="688" height="300" viewBox="0 0 688 300"><title>Охват</title><rect width="100" height="50"/></svg>',
      ),
    ],
  ]),
  fonts: { regular: readFileSync(join(fonts, 'DejaVuSans.ttf')), bold: readFileSync(join(fonts, 'DejaVuSans-Bold.ttf')) },
  colophon: h('section', { id: 'colophon', className: ['edition-part'] }, [h('h2', 'Об этой копии')]),
};

describe('editionPdf', () => {
  it('sets each section from a new page, in the fonts it embeds, dated by the edition, and gives the same bytes each time', async () => {
    const [pdf, again] = await Promise.all([editionPdf(input), editionPdf(input)]);
    const raw = Buffer.from(pdf).toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw.match(/\/Type \/Page\b/g)).toHaveLength(2);
    expect(raw).toMatch(/\/FontFile2 /);
    expect(raw).toContain('(D:20261203000000Z)');
    expect(Buffer.from(pdf).equals(Buffer.from(again))).toBe(true);
  });

  it('is tagged: headings, paragraphs, a list and each graphic as a figure with its alt and caption, in order', async () => {
    const pdf = await openPdf(await editionPdf(input));
    expect(await pdf.getMarkInfo()).toMatchObject({ Marked: true });
    /** A page's structure as roles, each figure with its alt and each text run as "text". */
    const roles = (node: StructNode): unknown =>
      'role' in node
        ? { [node.role === 'Figure' ? `Figure: ${node.alt}` : node.role]: node.children.map(roles) }
        : node.type === 'content'
          ? 'text'
          : node.type;
    const pages = await Promise.all([1, 2].map(async (n) => roles((await (await pdf.getPage(n)).getStructTree()) as StructNode)));
    expect(pages[0]).toEqual({ Root: [{ Document: [{ Sect: [{ H1: ['text'] }, { P: ['text'] }] }] }] });
    expect(pages[1]).toEqual({
      Root: [
        {
          Document: [
            {
              Sect: [
                { H1: ['text'] },
                { P: ['text'] },
                { 'Figure: Охват': ['text'] },
                { Caption: ['text'] },
                { H2: ['text'] },
                { L: [{ LI: [{ LBody: ['text'] }] }, { LI: [{ LBody: ['text'] }] }] },
              ],
            },
          ],
        },
      ],
    });
    await pdf.destroy();
  });

  it('opens with its outline: each section by its heading, and under it the section’s other second-level headings', async () => {
    const pdf = await openPdf(await editionPdf(input));
    const titles = (items: { title: string; items: unknown[] }[]): unknown[] =>
      items.map((item) => (item.items.length ? { [item.title]: titles(item.items as typeof items) } : item.title));
    expect(titles(await pdf.getOutline())).toEqual(['Объяснение', { Глава: ['Что дальше'] }]);
    expect(await pdf.getPageMode()).toBe('UseOutlines');
    await pdf.destroy();
  });

  it('refuses a graphic without a title to name it', () => {
    const untitled = new Map([['step-a', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 688 300"></svg>')]]);
    expect(() => editionPdf({ ...input, graphics: untitled })).toThrow('the graphic images/step-a.svg has no title');
  });

  it('refuses a step without a graphic', async () => {
    expect(() => editionPdf({ ...input, graphics: new Map() })).toThrow('step step-a has no graphic');
  });
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { h } from 'hastscript';
import { editionPdf } from '../../../src/build/single/edition-pdf.ts';

const fonts = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const input = {
  html: `<!DOCTYPE html><html lang="ru"><head><title>Объяснение</title></head><body><main>
<section id="contents" class="edition-part"><h1>Объяснение</h1><p class="as-of"><time datetime="2026-12-03">3 декабря</time></p></section>
<section id="one" class="edition-part"><h1>Глава</h1><div class="step" id="step-a"><div class="step__text"><p>Текст шага.</p></div><figure class="step__snapshot"><svg></svg><figcaption>Столбец.</figcaption></figure></div></section>
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

  it('refuses a step without a graphic', async () => {
    expect(() => editionPdf({ ...input, graphics: new Map() })).toThrow('step step-a has no graphic');
  });
});

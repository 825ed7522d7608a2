import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser-session.ts';
import { browserSkipReason } from '../helpers/chromium.ts';
import { datasets } from '../helpers/datasets.ts';
import { pdfPageTexts } from '../helpers/pdf-text.ts';

describe.skipIf(browserSkipReason())('the glossary on paper, in Chromium', () => {
  const session = useBrowser();

  it('prints every term and definition, and each source with its address, without the A to Z index', async () => {
    const page = await session.open('/glossary/', { viewport: { width: 1280, height: 800 } });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      index: getComputedStyle(document.querySelector('.glossary-index')!).display,
      sources: [...document.querySelectorAll('.glossary__sources a[rel~="external"]')].map((a) => ({
        href: a.getAttribute('href')!,
        after: getComputedStyle(a, '::after').content,
      })),
    }));
    expect(printed.index).toBe('none');
    expect(printed.sources.length).toBe(datasets.glossary.reduce((n, t) => n + t.sources.length, 0));
    for (const { href, after } of printed.sources) expect(after, href).toBe(`" ${href}"`);
    const text = (await pdfPageTexts(new Uint8Array(await page.pdf({ format: 'A4' })))).join(' ');
    for (const term of datasets.glossary) {
      expect(text, term.id).toContain(term.term);
      expect(text, term.id).toContain(term.definition.split(' ').slice(0, 6).join(' '));
    }
    expect(session.problems).toEqual([]);
    await page.context().close();
  });
});

import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/data/load-datasets.ts';
import { builtSites } from '../helpers/built-sites.ts';
import { builtPages, chapterPages } from '../helpers/dist.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

// Run over every site the test run builds: whatever the chapters, their links to the glossary must land.
describe.each(builtSites())('$name', async (site) => {
  const data = await loadDatasets(site.root);
  const pages = builtPages(site.dist);
  const glossary = pages.find((p) => p.path === '/glossary/')!;
  const chapters = chapterPages(site.dist);
  const glossaryLinks = (page: (typeof pages)[number]) =>
    page
      .$(`a[href^="${site.href('/glossary/#')}"]`)
      .toArray()
      .map((a) => page.$(a));

  describe('the glossary page', () => {
    it('is linked from every page’s navigation', () => {
      for (const page of pages.filter((p) => p.$('nav[aria-label="Site"]').length))
        expect(squash(page.$(`nav[aria-label="Site"] a[href="${site.href('/glossary/')}"]`).text()), page.path).toBe('Glossary');
    });

    it.each(data.glossary.map((t) => [t.id, t] as const))('defines %s at its own anchor, with its sources in full', (id, term) => {
      const entry = glossary.$(`[id="${id}"]`);
      expect(entry.length).toBe(1);
      expect(squash(entry.find('dt').text())).toBe(term.term);
      expect(squash(entry.find('dd > p').first().text())).toBe(squash(term.definition));
      const read = entry
        .find('.glossary__sources a[rel~="external"]')
        .toArray()
        .map((a) => glossary.$(a).attr('href'));
      expect(read).toEqual(term.sources.map((s) => data.sources.find((source) => source.id === s)!.url));
      expect(glossary.$(`.glossary-index a[href="#${id}"]`).length).toBe(1);
    });

    it('names the events of a term with their dates from the timeline', () => {
      expect(squash(glossary.$('[id="sovereign-internet-law"]').text())).toContain(
        'On the timeline: “Sovereign internet” law signed, 1 May 2019',
      );
    });

    it('links each term back to the chapters that use it, at their first use', () => {
      for (const a of glossary.$(`.glossary__entry a[href^="${site.href('/chapters/')}"]`).toArray()) {
        const url = new URL(glossary.$(a).attr('href')!, 'http://site/');
        const chapter = chapters.find((c) => c.path === site.pathOf(url.pathname));
        expect(chapter?.$(`[id="${url.hash.slice(1)}"]`).is('a.glossary-link'), url.href).toBe(true);
      }
    });
  });

  describe('the chapters link their terms to the glossary', () => {
    it('every link to the glossary, on every page, lands on a term', () => {
      let seen = 0;
      for (const page of pages)
        for (const a of glossaryLinks(page)) {
          const id = a.attr('href')!.split('#')[1]!;
          expect(glossary.$(`[id="${id}"]`).hasClass('glossary__entry'), `${page.path} → ${id}`).toBe(true);
          seen++;
        }
      expect(seen).toBeGreaterThan(chapters.length);
    });

    it.each(chapters.map((c) => [c.path, c] as const))(
      '%s links each term once, at its first use in the prose, never in a heading, a quotation or another link',
      (_path, chapter) => {
        const links = glossaryLinks(chapter).filter((a) => a.hasClass('glossary-link'));
        const ids = links.map((a) => a.attr('href')!.split('#')[1]);
        expect(new Set(ids).size).toBe(ids.length);
        for (const a of links) expect(a.parents('h1, h2, h3, h4, blockquote, a').length, a.text()).toBe(0);
        // The first use: no earlier paragraph of the chapter's prose names the linked words outside a quotation.
        const prose = chapter.$('article > div.prose p').toArray();
        for (const a of links) {
          const at = prose.findIndex((p) => chapter.$(p).find(a).length > 0);
          const earlier = prose.slice(0, at).map((p) =>
            chapter
              .$(p)
              .text()
              .replace(/“[^”]*”/g, ''),
          );
          expect(
            earlier.filter((text) => new RegExp(`\\b${a.text().replace(/[“”"]/g, '')}\\b`).test(text)),
            a.text(),
          ).toEqual([]);
        }
      },
    );
  });
});

describe('chapter 5 says what does the blocking, and cites it', () => {
  const chapter = chapterPages().find((c) => c.path === '/chapters/the-sovereign-stack/')!;
  const paragraph = chapter.$('h2:contains("What does the blocking")').nextAll('p').first();

  it('names the TSPU equipment inside the providers’ networks, installed under the 2019 law and controlled by Roskomnadzor', () => {
    expect(squash(paragraph.text())).toMatch(
      /equipment inside the internet providers’ own networks that blocks and slows traffic: boxes known as TSPU, for “technical means of countering threats”, installed under the 2019 law, which inspect the traffic passing through them \(deep packet inspection, or DPI\) and which, researchers at Censored Planet found, Roskomnadzor controls directly and centrally \(Tom’s Hardware; Meduza; Censored Planet\)/,
    );
    const cited = paragraph
      .find('.cite a')
      .toArray()
      .map((a) => chapter.$(a).attr('href')!.split('--')[1]);
    expect(cited).toEqual([
      'toms-hardware-nd-russia-spend-tspu',
      'meduza-2024-07-youtube-slowdown-targeted-throttling',
      'censored-planet-nd-tspu',
      'radio-svoboda-2025-09-beeline-dpi',
    ]);
    expect(
      paragraph
        .find('a.glossary-link')
        .toArray()
        .map((a) => chapter.$(a).text()),
    ).toEqual(['TSPU', 'deep packet inspection']);
  });
});

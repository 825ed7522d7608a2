import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/data/load-datasets.ts';
import { builtSites } from '../helpers/built-sites.ts';
import { builtPages, chapterPages, russianChapterPages, type BuiltPage } from '../helpers/dist.ts';
import { fill } from '../../src/core/fill.ts';
import { languageNames, localePath, locales, pathLocale } from '../../src/core/locale.ts';
import { datasetsIn } from '../../src/data/datasets-in.ts';
import { eventDateText, findEvent } from '../../src/data/figure-text.ts';
import { siteWords } from '../../src/data/site-words.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

// Run over every site the test run builds, in each edition: whatever the chapters, their links to the glossary must land.
describe.each(
  builtSites().flatMap((site) => locales.map((locale) => ({ ...site, locale, name: `${site.name}, ${languageNames[locale]}` }))),
)('$name', async (site) => {
  const { locale } = site;
  const data = datasetsIn(await loadDatasets(site.root), locale, site.root);
  const words = siteWords(locale, site.root);
  const pages = builtPages(site.dist);
  const glossaryPath = localePath(locale, '/glossary/');
  const glossary = pages.find((p) => p.path === glossaryPath)!;
  const chapters = (locale === 'en' ? chapterPages : russianChapterPages)(site.dist);
  const edition = pages.filter((p) => pathLocale(p.path).locale === locale);
  const glossaryLinks = (page: (typeof pages)[number]) =>
    page
      .$(`a[href^="${site.href(`${glossaryPath}#`)}"]`)
      .toArray()
      .map((a) => page.$(a));

  describe('the glossary page', () => {
    it('is linked from every page’s navigation in the edition', () => {
      const nav = `nav[aria-label="${words.siteNav}"]`;
      const withNav = edition.filter((p) => p.$(nav).length);
      expect(withNav.length).toBeGreaterThan(chapters.length);
      for (const page of withNav)
        expect(squash(page.$(`${nav} a[href="${site.href(glossaryPath)}"]`).text()), page.path).toBe(words['nav.glossary']);
    });

    it('defines every term at its own anchor, in the edition’s words, with its sources in full', () => {
      for (const term of data.glossary) {
        const entry = glossary.$(`[id="${term.id}"]`);
        expect(entry.length, term.id).toBe(1);
        expect(squash(entry.find('dt').text())).toBe(term.term);
        expect(squash(entry.find('dd > p').first().text())).toBe(squash(term.definition));
        const read = entry
          .find('.glossary__sources a[rel~="external"]')
          .toArray()
          .map((a) => glossary.$(a).attr('href'));
        expect(read).toEqual(term.sources.map((s) => data.sources.find((source) => source.id === s)!.url));
        expect(glossary.$(`.glossary-index a[href="#${term.id}"]`).length).toBe(1);
      }
    });

    it('names the events of a term with their titles and dates from the timeline', () => {
      const sovereign = {
        en: 'On the timeline: “Sovereign internet” law signed, 1 May 2019',
        ru: 'На шкале времени: Закон о «суверенном интернете», 1 мая 2019 г.',
      };
      expect(squash(glossary.$('[id="sovereign-internet-law"]').text())).toContain(sovereign[locale]);
      for (const term of data.glossary.filter((t) => t.events.length > 0)) {
        const list = term.events
          .map((id) => findEvent(data, id))
          .map((e) => fill(words['glossary.event'], { title: e.title, date: eventDateText(e, {}, locale) }))
          .join(' · ');
        expect(squash(glossary.$(`[id="${term.id}"]`).text()), term.id).toContain(squash(fill(words['glossary.events'], { list })));
      }
    });

    it('links each term back to the chapters of the edition that use it, at their first use', () => {
      const back = glossary.$(`.glossary__entry a[href*="/chapters/"]`).toArray();
      expect(back.length).toBeGreaterThan(0);
      for (const a of back) {
        const url = new URL(glossary.$(a).attr('href')!, 'http://site/');
        const chapter = chapters.find((c) => c.path === site.pathOf(url.pathname));
        expect(chapter?.$(`[id="${url.hash.slice(1)}"]`).is('a.glossary-link'), url.href).toBe(true);
      }
    });
  });

  describe('the chapters link their terms to the edition’s glossary', () => {
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
              .replace(/“[^”]*”|«[^»]*»/g, ''),
          );
          const words = a.text().replace(/[“”"«»]/g, '');
          expect(
            earlier.filter((text) => new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'u').test(text)),
            a.text(),
          ).toEqual([]);
        }
      },
    );
  });
});

describe('the Russian edition’s glossary', () => {
  it('links from each Russian chapter the same terms as from its English twin, in the Russian words', () => {
    const english = chapterPages();
    const linked = (page: BuiltPage) =>
      page
        .$('a.glossary-link')
        .toArray()
        .map((a) => page.$(a).attr('id'))
        .sort();
    for (const page of russianChapterPages()) {
      const twin = english.find((c) => `/ru${c.path}` === page.path)!;
      expect(linked(page), page.path).toEqual(linked(twin));
      for (const link of page.$('a.glossary-link').toArray()) expect(page.$(link).attr('href')).toMatch(/^\/ru\/glossary\/#[a-z-]+$/);
    }
    const ru = builtPages().find((p) => p.path === '/ru/glossary/')!;
    expect(ru.$('html').attr('lang')).toBe('ru');
    expect(squash(ru.$('[id="roskomnadzor"] dt').text())).toBe('Роскомнадзор');
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

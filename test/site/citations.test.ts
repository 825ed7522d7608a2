import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSites } from '../helpers/built-sites.ts';
import { readContentChapters } from '../helpers/content-chapters.ts';
import { builtPages, chapterPages } from '../helpers/dist.ts';
import { datasets } from '../helpers/datasets.ts';

// Run over every site the test run builds: the build-output checks must hold for any valid chapters and stories.
describe.each(builtSites())('$name', (site) => {
  const contentChapters = readContentChapters(site.root);

  const pages = builtPages(site.dist);
  const sourcesPage = pages.find((p) => p.path === '/sources/')!;
  const chapters = chapterPages(site.dist);

  /** The element an internal link points at, or undefined. */
  const target = (href: string) => {
    const url = new URL(href, 'http://site/');
    const page = pages.find((p) => p.path === site.pathOf(url.pathname));
    return page?.$(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).first();
  };

  describe('citations', () => {
    it('every chapter cites sources in its prose', () => {
      for (const chapter of chapters) expect(chapter.$('.cite a').length, chapter.path).toBeGreaterThan(3);
    });

    it.each(chapters.map((c) => [c.path, c] as const))(
      'every citation in %s, and every data-table source on its data page, opens an entry on the sources page',
      (path, chapter) => {
        const data = pages.find((p) => p.path === `${path}data/`)!;
        const links = [
          ...chapter
            .$('.cite a')
            .toArray()
            .map((a) => chapter.$(a).attr('href')!),
          ...data
            .$('.data-table td a')
            .toArray()
            .map((a) => data.$(a).attr('href')!),
        ];
        expect(links.length).toBeGreaterThan(0);
        for (const href of links) {
          expect(href.startsWith(site.href('/sources/#')), href).toBe(true);
          expect(target(href)?.is('li'), href).toBe(true);
        }
      },
    );

    it('lists every source in sources.json on the sources page, and none that is never cited', () => {
      // All but the sources of quotes' original words, which only their language's edition prints (/ru/sources/).
      const listedOn = (path: string) =>
        new Set(
          pages
            .find((p) => p.path === path)
            ?.$('.source-list > li')
            .toArray()
            .map((li) => sourcesPage.$(li).attr('id')!.split('--')[1]) ?? [],
        );
      const cited = new Set(datasets.quotes.flatMap((q) => q.sources));
      const originalsOnly = datasets.quotes.flatMap((q) => q.original?.sources ?? []).filter((id) => !cited.has(id));
      const english = listedOn('/sources/');
      expect([...english].sort()).toEqual(
        datasets.sources
          .map((s) => s.id)
          .filter((id) => !originalsOnly.includes(id))
          .sort(),
      );
      for (const id of originalsOnly) expect(listedOn('/ru/sources/').has(id), id).toBe(true);
    });

    it('links each entry on the sources page to the page that was read and back to where it is cited', () => {
      for (const li of sourcesPage.$('.source-list > li').toArray()) {
        const entry = sourcesPage.$(li);
        expect(entry.find('a[rel~="external"]').attr('href')).toMatch(/^https?:\/\//);
        const backlinks = entry
          .find(`a[href^="${site.href('/chapters/')}"]`)
          .toArray()
          .map((a) => sourcesPage.$(a).attr('href')!);
        expect(backlinks.length, entry.attr('id')).toBeGreaterThan(0);
        for (const href of backlinks) expect(target(href)?.length, `${entry.attr('id')} → ${href}`).toBe(1);
      }
    });

    it('groups the sources page by chapter, in story order', () => {
      const headings = sourcesPage
        .$('section > h2 a')
        .toArray()
        .map((a) => sourcesPage.$(a).attr('href'));
      expect(headings).toEqual(contentChapters.map((c) => site.href(c.path)));
    });

    it('gives every event, reach figure and population figure at least one source', () => {
      for (const e of datasets.events) expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const r of datasets.audience) expect(r.source, r.id).toBeTruthy();
      for (const p of datasets.population) expect(p.sources.length, p.id).toBeGreaterThan(0);
    });

    it('keeps every step id unique across the site', () => {
      const ids = chapters.flatMap((c) =>
        c
          .$('[data-step]')
          .toArray()
          .map((el) => c.$(el).attr('id')),
      );
      expect(ids.length).toBe(new Set(ids).size);
    });
  });

  describe('each chapter’s own citation, as reference managers read it', () => {
    /** What the chapter page itself says: its title, address, publisher and the day it was last updated, if ever. */
    const facts = (chapter: (typeof chapters)[number]) => ({
      title: chapter.$('h1').text(),
      url: chapter.$('link[rel="canonical"]').attr('href')!,
      publisher: /^Published by (.+?)\.(?: |$)/.exec(chapter.$('.publisher-line').text().trim())![1]!,
      updated: chapter.$('.chapter-head .as-of a time').attr('datetime'),
    });

    it.each(chapters.map((c) => [c.path, c] as const))(
      '%s: citation_* tags and JSON-LD name it, its publisher and its last update',
      (_path, chapter) => {
        const { title, url, publisher, updated } = facts(chapter);
        const meta = (name: string) => chapter.$(`head meta[name="${name}"]`).attr('content');
        expect(meta('citation_title')).toBe(title);
        expect(meta('citation_publisher')).toBe(publisher);
        expect(meta('citation_public_url')).toBe(url);
        expect(meta('citation_publication_date')).toBe(updated?.replace(/-/g, '/'));
        const scripts = chapter.$('script[type="application/ld+json"]');
        expect(scripts.length).toBe(1);
        expect(JSON.parse(scripts.text())).toMatchObject({
          '@context': 'https://schema.org',
          '@type': 'Article',
          headline: title,
          url,
          publisher: { '@type': 'Organization', name: publisher },
          license: 'https://creativecommons.org/licenses/by/4.0/',
          ...(updated ? { dateModified: updated } : {}),
        });
      },
    );

    const educators = pages.find((p) => p.path === '/educators/')!;
    /**
     * The chapter's entry in the educators' kit, which its page's end links: where its citations and reference files
     * are (they live there, so that the chapter's page comes in its first round trip).
     */
    const kitEntry = (chapter: (typeof chapters)[number]) => {
      const link = chapter.$('.chapter-cite a[href*="/educators/#chapter-"]');
      expect(link.length, chapter.path).toBe(1);
      const entry = target(link.attr('href')!)!.closest('section');
      expect(entry.length, chapter.path).toBe(1);
      expect(entry.find('a').first().attr('href'), chapter.path).toBe(site.href(chapter.path));
      return entry;
    };

    it.each(chapters.map((c) => [c.path, c] as const))(
      '%s: its BibTeX and RIS files parse, with its title, address and date',
      (_path, chapter) => {
        const { title, url, publisher, updated } = facts(chapter);
        const links = kitEntry(chapter).find('a[download]');
        const files = ['bib', 'ris'].map((ext) => links.filter((_, a) => educators.$(a).attr('href')!.endsWith(`.${ext}`)).attr('href')!);
        expect(files).toEqual([
          site.href(`/downloads/cite${chapter.path.slice('/chapters'.length, -1)}.bib`),
          site.href(`/downloads/cite${chapter.path.slice('/chapters'.length, -1)}.ris`),
        ]);
        for (const href of files) {
          const items = new Cite(readFileSync(join(site.dist, site.pathOf(href)), 'utf8')).data;
          expect(items, href).toHaveLength(1);
          expect(items[0], href).toMatchObject({ title, URL: url, publisher });
          expect(items[0]!.issued, href).toEqual(updated ? { 'date-parts': [updated.split('-').map(Number)] } : undefined);
        }
      },
    );

    it('formats them at build time: no citation processor reaches the browser', () => {
      const scripts = readdirSync(join(site.dist, '_astro')).filter((file) => file.endsWith('.js'));
      expect(scripts.length).toBeGreaterThan(0);
      for (const file of scripts)
        expect(readFileSync(join(site.dist, '_astro', file), 'utf8'), file).not.toMatch(/citeproc|citation-js|CSL\./);
    });

    it.each(chapters.map((c) => [c.path, c] as const))(
      '%s ends with a link to its citations in the educators’ kit, each with its title, publisher, address and date',
      (_path, chapter) => {
        const { title, url, publisher, updated } = facts(chapter);
        const citations = kitEntry(chapter)
          .find('> copy-text > dl.citations > dd')
          .toArray()
          .map((dd) => educators.$(dd));
        expect(citations.map((dd) => dd.prev('dt').text())).toEqual(['APA', 'MLA', 'Chicago']);
        for (const dd of citations) {
          expect(dd.text().toLowerCase()).toContain(title.toLowerCase());
          expect(dd.text()).toContain(url);
          expect(dd.text()).toContain(publisher.replace(/”$/, ''));
          if (updated) expect(dd.text()).toContain(updated.slice(0, 4));
        }
        // MLA's access date, for the reader to fill in or the copy button to put in, in MLA's form.
        expect(citations[1]!.attr('data-accessed')).toBe('mla');
        expect(citations[1]!.text()).toContain('Accessed [date].');
      },
    );
  });

  describe('quotes come from quotes.json, word for word, with attribution and source', () => {
    const quotes = new Map(datasets.quotes.map((q) => [q.id, q]));
    /** Text as a reader reads it: typographic quotes and apostrophes folded, spaces collapsed. */
    const plain = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

    it('prints every blockquote in a chapter from a quotes.json record, word for word', () => {
      let seen = 0;
      for (const chapter of chapters) {
        for (const el of chapter.$('main blockquote').toArray()) {
          const block = chapter.$(el);
          const quote = quotes.get(block.attr('data-quote') ?? '');
          expect(quote, `${chapter.path}: a blockquote without a quotes.json record: ${block.text().slice(0, 60)}`).toBeDefined();
          expect(plain(block.find('p').first().text())).toBe(`"${plain(quote!.text)}"`);
          seen++;
        }
      }
      expect(seen).toBe(datasets.quotes.length);
    });

    it('prints every quotation on every page from quotes.json, so no page types one by hand', () => {
      const texts = datasets.quotes.map((q) => plain(q.text));
      for (const page of pages) {
        for (const el of page.$('blockquote').toArray()) {
          const first = plain(page.$(el).find('p').first().text());
          // A blockquote that opens with a quotation mark quotes someone; it must be one of the records.
          if (first.startsWith('"')) expect(texts, `${page.path}: ${first.slice(0, 60)}`).toContain(first.slice(1, -1));
        }
      }
    });

    it('names the speaker and the date under each quote, and cites the record’s source', () => {
      for (const chapter of chapters) {
        for (const el of chapter.$('main blockquote[data-quote]').toArray()) {
          const block = chapter.$(el);
          const quote = quotes.get(block.attr('data-quote')!)!;
          const attribution = block.find('.quote-attribution');
          expect(attribution.text(), quote.id).toContain(quote.speaker);
          expect(attribution.text(), quote.id).toMatch(/\d{4}/);
          const cited = attribution
            .find('.cite a')
            .toArray()
            .map((a) => chapter.$(a).attr('href')!.split('--')[1]);
          expect(cited, quote.id).toEqual(quote.sources);
        }
      }
    });
  });
});

// The story's own figures, on the site (the copy changes one of them: test/helpers/several-stories-site.ts).
describe('key figures appear where the story puts them, with their sources', () => {
  const chapters = chapterPages();
  const text = (path: string) =>
    chapters
      .find((c) => c.path === path)!
      .$('main')
      .text()
      .replace(/\s+/g, ' ');
  const citesIn = (path: string) =>
    chapters
      .find((c) => c.path === path)!
      .$('.cite a')
      .toArray()
      .map((a) => chapters[0]!.$(a).attr('href')!);

  it.each([
    ['/chapters/who-talks-on-what/', '97.3 million', 'reuters-2025-08-whatsapp-accuses-moscow'],
    ['/chapters/who-talks-on-what/', '90.8 million', 'reuters-2025-08-whatsapp-accuses-moscow'],
    ['/chapters/who-talks-on-what/', '17.9 million', 'reuters-2025-08-whatsapp-accuses-moscow'],
    ['/chapters/a-country-on-its-phones/', '146,028,325', 'tass-nd-rosstat-preliminary-population-estimate'],
    ['/chapters/the-call-that-didnt-connect/', '13 August 2025', 'moscow-times-2025-08-roskomnadzor-says-restricting-whatsapp'],
  ])('%s says %s and cites %s', (path, figure, source) => {
    expect(text(path)).toContain(figure);
    expect(citesIn(path).some((href) => href.endsWith(`--${source}`))).toBe(true);
  });

  it.each([
    ['reach-2025-07-whatsapp', 97.3],
    ['reach-2025-07-telegram', 90.8],
    ['reach-2025-07-vk-messenger', 17.9],
  ])('the data file holds %s = %d', (id, reach) => {
    expect(datasets.audience.find((r) => r.id === id)?.reach).toBe(reach);
  });

  it('the data file holds the population, 146,028,325 on 1 January 2025', () => {
    expect(datasets.population[0]).toMatchObject({ date: '2025-01-01', value: 146028325 });
  });
});

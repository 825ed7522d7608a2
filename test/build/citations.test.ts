import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentChapters } from '../helpers/content-chapters.ts';
import { builtPages, chapterPages } from '../helpers/dist.ts';
import { datasets } from '../helpers/datasets.ts';
import { projectRoot } from '../helpers/paths.ts';

const pages = builtPages();
const sourcesPage = pages.find((p) => p.path === '/sources/')!;
const chapters = chapterPages();
/** The project's fact base: FACTS_PATH, else shared/ beside the clone (where CI lays it), or one folder further up. */
const factsPath =
  process.env.FACTS_PATH ??
  ['../shared/story/facts.md', '../../shared/story/facts.md'].map((p) => join(projectRoot, p)).find((p) => existsSync(p)) ??
  join(projectRoot, '../shared/story/facts.md');
const factsSkip = existsSync(factsPath) ? false : skipOrFail(`no fact base at ${factsPath}`);
function skipOrFail(reason: string): true {
  if (process.env.CI === 'true') throw new Error(`CI=true needs the fact base to check quotes, but there is ${reason}`);
  console.warn(`Quote check skipped: ${reason}; set FACTS_PATH.`);
  return true;
}

/** The element an internal link points at, or undefined. */
const target = (href: string) => {
  const url = new URL(href, 'http://site/');
  const page = pages.find((p) => p.path === url.pathname);
  return page?.$(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).first();
};

describe('citations', () => {
  it('every chapter cites sources in its prose', () => {
    for (const chapter of chapters) expect(chapter.$('.cite a').length, chapter.path).toBeGreaterThan(3);
  });

  it.each(chapters.map((c) => [c.path, c] as const))('every citation and data-table source in %s opens an entry on the sources page', (_path, chapter) => {
    const links = chapter.$('.cite a, .data-table a').toArray().map((a) => chapter.$(a).attr('href')!);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      expect(href, href).toMatch(/^\/sources\/#/);
      expect(target(href)?.is('li'), href).toBe(true);
    }
  });

  it('lists every source in sources.json on the sources page, and none that is never cited', () => {
    const listed = new Set(sourcesPage.$('.source-list > li').toArray().map((li) => sourcesPage.$(li).attr('id')!.split('--')[1]));
    expect([...listed].sort()).toEqual(datasets.sources.map((s) => s.id).sort());
  });

  it('links each entry on the sources page to the page that was read and back to where it is cited', () => {
    for (const li of sourcesPage.$('.source-list > li').toArray()) {
      const entry = sourcesPage.$(li);
      expect(entry.find('a[rel~="external"]').attr('href')).toMatch(/^https?:\/\//);
      const backlinks = entry.find('a[href^="/chapters/"]').toArray().map((a) => sourcesPage.$(a).attr('href')!);
      expect(backlinks.length, entry.attr('id')).toBeGreaterThan(0);
      for (const href of backlinks) expect(target(href)?.length, `${entry.attr('id')} → ${href}`).toBe(1);
    }
  });

  it('groups the sources page by chapter, in story order', () => {
    const headings = sourcesPage.$('section > h2 a').toArray().map((a) => sourcesPage.$(a).attr('href'));
    expect(headings).toEqual(contentChapters.map((c) => c.path));
  });

  it('gives every event, reach figure and population figure at least one source', () => {
    for (const e of datasets.events) expect(e.sources.length, e.id).toBeGreaterThan(0);
    for (const r of datasets.audience) expect(r.source, r.id).toBeTruthy();
    for (const p of datasets.population) expect(p.sources.length, p.id).toBeGreaterThan(0);
  });

  it('keeps every step id unique across the site', () => {
    const ids = chapters.flatMap((c) => c.$('[data-step]').toArray().map((el) => c.$(el).attr('id')));
    expect(ids.length).toBe(new Set(ids).size);
  });
});

describe('key figures appear where the story puts them, with their sources', () => {
  const text = (path: string) => chapters.find((c) => c.path === path)!.$('main').text().replace(/\s+/g, ' ');
  const citesIn = (path: string) => chapters.find((c) => c.path === path)!.$('.cite a').toArray().map((a) => chapters[0]!.$(a).attr('href')!);

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

  it.skipIf(factsSkip)('quotes stay word for word with the fact base', () => {
    const facts = readFileSync(factsPath, 'utf8').replace(/\s+/g, ' ');
    for (const chapter of chapters) {
      for (const quote of chapter.$('blockquote > p:first-child').toArray().map((q) => chapter.$(q).text().replace(/\s+/g, ' ').trim())) {
        // Word for word; where a final full stop or comma sits (inside or outside the quote marks) is house style.
        const words = quote.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/^"|[.,]?"$/g, '');
        expect(facts, `${chapter.path}: ${words.slice(0, 60)}…`).toContain(words);
      }
    }
  });
});

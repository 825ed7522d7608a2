import { load } from 'cheerio';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineHashes } from '../../src/build/postbuild/csp-hashes.ts';
import { singleFilePath } from '../../src/build/single/single-file-path.ts';
import { sumsFile } from '../../src/build/verify/sha256-sums.ts';
import { localePath, locales } from '../../src/core/locale.ts';
import { siteWords } from '../../src/data/site-words.ts';
import { builtSites } from '../helpers/built-sites.ts';
import { builtPages } from '../helpers/dist.ts';
import { epubcheck, epubcheckSkipReason } from '../helpers/epubcheck.ts';
import { distDir } from '../helpers/paths.ts';
import { openPdf } from '../helpers/pdf-text.ts';
import { pdfText, pdftotextSkipReason } from '../helpers/pdftotext.ts';
import { htmlErrors } from '../helpers/html-errors.ts';

/** At most 1 MB, so that it passes through any messenger (issue 26). */
const budget = 1_000_000;

/** The text a reader reads in an element, with its white space made single. */
const text = (value: string) => value.replace(/\s+/g, ' ').trim();

describe.each(builtSites())('$name: its single-file editions', ({ dist, href, address, name: siteName }) => {
  const pages = new Map(builtPages(dist).map((page) => [page.path, page]));

  describe.each(locales)('%s', (locale) => {
    const path = singleFilePath(locale);
    const bytes = readFileSync(join(dist, path));
    const html = bytes.toString('utf8');
    const $ = load(html);
    const edition = (page: string) => pages.get(localePath(locale, page))!;
    const home = edition('/');
    const chapters = home
      .$('ol.chapter-list a')
      .map((_, a) => home.$(a).attr('href')!)
      .get()
      .map((link) => pages.get(`/${link.slice(href('/').length)}`)!);

    it(`is one file of at most ${budget.toLocaleString('en')} bytes, whose policy allows no request and only its one inline style and one inline module`, () => {
      expect(bytes.length, `${siteName}: ${path}`).toBeLessThanOrEqual(budget);
      const hashes = inlineHashes(html);
      expect($('script').length).toBe(1);
      expect($('script').attr('type')).toBe('module');
      expect($('style').length).toBe(1);
      expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toBe(
        `default-src 'none'; script-src ${hashes.scripts.join(' ')}; style-src ${hashes.styles.join(' ')}; connect-src 'none'; base-uri 'none'; form-action 'none'`,
      );
      expect(
        $('[src], [srcset], [poster], link[rel="icon"], link[rel="stylesheet"], link[rel="preload"], link[rel="modulepreload"]').length,
      ).toBe(0);
      expect($('html').attr('lang')).toBe(locale);
      expect(
        [
          ...$('style')
            .text()
            .matchAll(/url\(\s*['"]?(?!data:)([^'")]*)/g),
        ].map((m) => m[1]),
      ).toEqual([]);
    });

    it('holds the home page, every chapter in the home page’s order and the sources, each step with its text and its snapshot as on its page', () => {
      expect(
        $('main > section.edition-part')
          .map((_, section) => $(section).attr('id'))
          .get(),
      ).toEqual(['contents', ...chapters.map((chapter) => chapter.path.split('/').at(-2)), 'sources', 'colophon']);
      for (const chapter of chapters) {
        const section = $(`#${chapter.path.split('/').at(-2)}`);
        const steps = chapter.$('[data-step]').toArray();
        expect(
          section
            .find('[data-step]')
            .map((_, step) => $(step).attr('id'))
            .get(),
          chapter.path,
        ).toEqual(steps.map((step) => chapter.$(step).attr('id')));
        for (const step of steps) {
          const id = chapter.$(step).attr('id')!;
          expect(text($(`#${id} .step__text`).text()), `${chapter.path}#${id}`).toBe(text(chapter.$(step).find('.step__text').text()));
          expect($(`#${id} figure[data-snapshot] svg[data-size] [data-key]`).length, `${chapter.path}#${id}: its snapshot`).toBeGreaterThan(
            0,
          );
        }
        expect(text(section.find('h1').text())).toBe(text(chapter.$('h1').text()));
      }
      const sources = edition('/sources/');
      expect($('#sources li[id]').length).toBe(sources.$('main li[id]').length);
    });

    it('leads from every link to an element of the file, a download it carries, or an address outside it; every id is used once', () => {
      const ids = $('[id]')
        .map((_, el) => $(el).attr('id'))
        .get();
      expect(ids.length - new Set(ids).size).toBe(0);
      const known = new Set(ids);
      const wrong: string[] = [];
      $('[href]').each((_, el) => {
        const target = $(el).attr('href')!;
        if (target.startsWith('#')) {
          if (!known.has(decodeURIComponent(target.slice(1)))) wrong.push(`${target} leads to no element`);
        } else if (!/^(https?:|mailto:|data:text\/csv;)/.test(target)) wrong.push(`${target} is not an address outside the file`);
      });
      $('[aria-labelledby], [aria-describedby]').each((_, el) => {
        for (const id of `${$(el).attr('aria-labelledby') ?? ''} ${$(el).attr('aria-describedby') ?? ''}`.split(/\s+/).filter(Boolean))
          if (!known.has(id)) wrong.push(`aria reference ${id} names no element`);
      });
      expect(wrong).toEqual([]);
      // A link to a page the file leaves out names the published site's page.
      expect($('a[href="' + new URL(href(localePath(locale, '/glossary/')), address).href + '"]').length).toBeGreaterThan(0);
    });

    it('says in its colophon which edition it is and of when, its published address and how to check it, and carries each chart’s data as a download', () => {
      const colophon = $('#colophon');
      expect(colophon.find('.as-of').text()).toBe(home.$('.as-of').text());
      const links = colophon
        .find('a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(links).toContain(new URL(href(localePath(locale, '/')), address).href);
      expect(links).toContain(new URL(href(`/${sumsFile}`), address).href);
      expect(colophon.find('code').first().text()).toBe(path.split('/').at(-1));
      const sums = readFileSync(join(dist, sumsFile), 'utf8');
      expect(sums).toMatch(new RegExp(`^[0-9a-f]{64}  ${path.replace(/\./g, '\\.')}$`, 'm'));
      const downloads = colophon.find('a[download]').toArray();
      expect(downloads.length).toBeGreaterThan(0);
      for (const a of downloads) {
        const name = $(a).attr('download')!;
        const data = $(a)
          .attr('href')!
          .replace(/^data:text\/csv;charset=utf-8;base64,/, '');
        const file = readFileSync(join(dist, localePath(locale, '/downloads/data/').slice(1), name));
        expect(Buffer.from(data, 'base64').equals(file), name).toBe(true);
      }
    });
  });
});

describe('the single-file editions as e-books', () => {
  const skip = epubcheckSkipReason();
  if (skip) console.warn(`e-books not checked by epubcheck: ${skip}`);

  it.skipIf(skip)('pass epubcheck with no error, warning or notice, in both languages', async () => {
    const reports = await Promise.all(locales.map((locale) => epubcheck(join(distDir, singleFilePath(locale, 'epub')))));
    expect(reports).toEqual(locales.map(() => []));
  });

  it.each(locales)('%s: hold every page of the file in its order, and every step’s text, in order, with its graphic', (locale) => {
    const book = unzipSync(readFileSync(join(distDir, singleFilePath(locale, 'epub'))));
    expect(Object.keys(book)[0]).toBe('mimetype');
    const opf = strFromU8(book['EPUB/package.opf']!);
    const spine = [...opf.matchAll(/<itemref idref="page-([^"]+)"\/>/g)].map((m) => m[1]!);
    const $file = load(readFileSync(join(distDir, singleFilePath(locale)), 'utf8'));
    expect(spine).toEqual(
      $file('main > section.edition-part')
        .map((_, section) => $file(section).attr('id'))
        .get(),
    );
    const steps = spine.flatMap((page) => {
      const $ = load(strFromU8(book[`EPUB/${page}.xhtml`]!), { xml: true });
      return $('.step')
        .map((_, step) => ({
          id: $(step).attr('id'),
          text: text($(step).find('.step__text').text()),
          graphic: $(step).find('img').attr('src'),
        }))
        .get();
    });
    expect(steps).toEqual(
      $file('[data-step]')
        .map((_, step) => ({
          id: $file(step).attr('id'),
          text: text($file(step).find('.step__text').text()),
          graphic: `images/${$file(step).attr('id')}.svg`,
        }))
        .get(),
    );
    for (const { graphic } of steps) expect(strFromU8(book[`EPUB/${graphic}`]!), graphic).toMatch(/^<\?xml[^>]*>\s*<svg /);
  });
});

describe('the single-file editions as HTML', () => {
  // Every rule a page of the site passes (static.test.ts) but one on how a person lays out source: the file is written
  // by the build, and a space before a line's end in its text changes nothing a reader sees.
  const errors = htmlErrors(['no-trailing-whitespace']);
  it.each(locales)('%s: has no errors under html-validate, its landmarks each with a name of its own among them', async (locale) => {
    expect(await errors(join(distDir, singleFilePath(locale)))).toEqual([]);
  });
});

describe('the single-file editions as PDFs', () => {
  const skip = pdftotextSkipReason();
  if (skip) console.warn(`PDFs not read: ${skip}`);

  it.skipIf(skip).each(locales)('%s: hold every step’s text, in order, each followed by its graphic’s text alternative', (locale) => {
    const words = text(pdfText(join(distDir, singleFilePath(locale, 'pdf'))));
    const $file = load(readFileSync(join(distDir, singleFilePath(locale)), 'utf8'));
    let at = 0;
    const missing: string[] = [];
    $file('[data-step]').each((_, step) => {
      for (const part of [$file(step).find('.step__text').text(), $file(step).find('.step__alt').text()]) {
        const found = words.indexOf(text(part), at);
        if (found < 0) missing.push(`${$file(step).attr('id')}: ${text(part).slice(0, 80)}`);
        else at = found + text(part).length;
      }
    });
    expect(missing).toEqual([]);
  });

  it.each(locales)('%s: are tagged, and open with an outline of every section by its heading, in the file’s order', async (locale) => {
    const pdf = await openPdf(readFileSync(join(distDir, singleFilePath(locale, 'pdf'))));
    const $file = load(readFileSync(join(distDir, singleFilePath(locale)), 'utf8'));
    const headings = $file('section.edition-part')
      .map((_, section) => text($file(section).find('h1, h2').first().text()))
      .get();
    expect(headings.length).toBeGreaterThan(3);
    // The last is the colophon, which a copy made from the file replaces with its own (bookColophon).
    expect(headings.at(-1)).toBe(siteWords(locale)['single.colophon']);
    const outline = await pdf.getOutline();
    expect(outline.map((item) => item.title)).toEqual([...headings.slice(0, -1), siteWords(locale)['single.book.colophon']]);
    expect(await pdf.getMarkInfo()).toMatchObject({ Marked: true });
    // The first chapter, from the page its bookmark opens: its title a heading, its graphics figures with their names.
    const [, chapter] = outline;
    const first = await pdf.getPageIndex((chapter!.dest as [{ num: number; gen: number }])[0]);
    const roles: string[] = [];
    const walk = (node: { role?: string; alt?: string; children?: unknown[] }): void => {
      if (node.role) roles.push(node.role === 'Figure' ? `Figure${node.alt ? ' with alt' : ''}` : node.role);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    for (let n = first + 1; n <= first + 3; n++) walk((await (await pdf.getPage(n)).getStructTree()) as Parameters<typeof walk>[0]);
    expect(roles).toContain('H1');
    expect(roles).toContain('Figure with alt');
    expect(roles).not.toContain('Figure');
    await pdf.destroy();
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSites } from '../helpers/built-sites.ts';
import { readContentChapters } from '../helpers/content-chapters.ts';
import { builtPages, chapterPages, type BuiltPage } from '../helpers/dist.ts';
import { pathLocale } from '../../src/core/locale.ts';

// Run over every site the test run builds: the build-output checks must hold for any valid chapters and stories.
describe.each(builtSites())('$name', (built) => {
  const contentChapters = readContentChapters(built.root);

  const pages = builtPages(built.dist);
  const page = (path: string): BuiltPage => {
    const found = pages.find((p) => p.path === path);
    if (!found) throw new Error(`no built page at ${path}; built: ${pages.map((p) => p.path).join(', ')}`);
    return found;
  };
  const chapters = chapterPages(built.dist)
    .map((p) => ({ ...p, order: Number(/Chapter (\d+) of/.exec(p.$('.kicker').text())?.[1]) }))
    .sort((a, b) => a.order - b.order);
  /** Resolves an internal link to the page and element it names; undefined when either is missing. */
  const resolve = (href: string) => {
    const url = new URL(href, 'http://site/');
    const target = pages.find((p) => p.path === built.pathOf(url.pathname));
    if (!target) return undefined;
    const id = decodeURIComponent(url.hash.slice(1));
    return id ? (target.$(`[id="${id}"]`).length ? target : undefined) : target;
  };

  describe('the site has every page of the brief', () => {
    it.each(['/', '/sources/', '/educators/', '/about/', '/404.html'])('%s', (path) => expect(page(path).$('h1').text()).not.toBe(''));

    it('builds every chapter in content/chapters/en, in file-name order, at its slug, numbered "Chapter N of M"', () => {
      expect(chapters.map((c) => c.path)).toEqual(contentChapters.map((c) => c.path));
      chapters.forEach((chapter, i) => {
        expect(chapter.$('.kicker').text(), chapter.path).toContain(`Chapter ${i + 1} of ${contentChapters.length}`);
      });
    });

    it('links the home page to every chapter, with its summary and reading time', () => {
      const home = page('/');
      for (const chapter of chapters) {
        const item = home.$(`.chapter-list a[href="${built.href(chapter.path)}"]`).closest('li');
        expect(item.length, chapter.path).toBe(1);
        expect(item.text()).toMatch(/\d+ min read/);
        expect(item.text()).toContain(chapter.$('.dek').text());
      }
    });

    it('gives each chapter previous and next links that chain through the story', () => {
      chapters.forEach((chapter, i) => {
        const link = (other?: BuiltPage) => other && built.href(other.path);
        expect(chapter.$('a[rel="prev"]').attr('href')).toBe(link(chapters[i - 1]));
        expect(chapter.$('a[rel="next"]').attr('href')).toBe(link(chapters[i + 1]));
        expect(chapter.$('.reading-progress').length).toBe(1);
      });
    });
  });

  describe.each(pages.map((p) => [p.path, p] as const))('%s', (_path, builtPage) => {
    const $ = builtPage.$;
    it('has no link in its running text whose words start or end with a space (an underline under it, a space before a full stop)', () => {
      const padded = $('main p a, main li a, main td a, main h2 a, main dd a, footer p a')
        .toArray()
        .map((a) => $(a).text())
        .filter((text) => text.trim() !== '' && text !== text.trim());
      expect(padded).toEqual([]);
    });

    const isNotFound = /^(\/ru)?\/404\.html$/.test(_path);
    it('has its language’s lang, a title, a description and a canonical URL at the address it was built for (none on the 404, which is not indexed)', () => {
      expect($('html').attr('lang')).toBe(pathLocale(_path).locale);
      expect($('title').text().length).toBeGreaterThan(5);
      expect($('meta[name="description"]').attr('content')?.length).toBeGreaterThan(20);
      if (isNotFound) {
        expect($('link[rel="canonical"]').length).toBe(0);
        expect($('meta[property="og:url"]').length).toBe(0);
        expect($('meta[name="robots"]').attr('content')).toBe('noindex');
      } else {
        // A short link (/s/…) sends the reader on at once; its canonical URL is where it leads.
        const leadsTo = /^0; url=(\S+)$/.exec($('meta[http-equiv="refresh"]').attr('content') ?? '')?.[1];
        expect($('link[rel="canonical"]').attr('href')).toBe(
          new URL(leadsTo ?? built.href(_path.replace(/index\.html$/, '')), built.address).href,
        );
      }
    });

    it('has Open Graph and Twitter card tags with a prebuilt, self-hosted image in its edition', () => {
      for (const name of ['og:title', 'og:description', ...(isNotFound ? [] : ['og:url']), 'og:image', 'og:type']) {
        expect($(`meta[property="${name}"]`).attr('content'), name).toBeTruthy();
      }
      expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
      const image = built.pathOf(new URL($('meta[property="og:image"]').attr('content')!).pathname);
      expect(image).toMatch(pathLocale(_path).locale === 'ru' ? /^\/ru\/og\/[a-z0-9-]+\.png$/ : /^\/og\/[a-z0-9-]+\.png$/);
      const png = readFileSync(join(built.dist, image));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(630);
    });

    it('links a favicon that exists', () => {
      expect(existsSync(join(built.dist, built.pathOf($('link[rel="icon"]').attr('href')!)))).toBe(true);
    });
  });

  it('gives every chapter its own social image', () => {
    const images = chapters.map((c) => c.$('meta[property="og:image"]').attr('content'));
    expect(new Set(images).size).toBe(chapters.length);
  });

  describe('the sitemap and robots.txt', () => {
    const site = new URL(page('/').$('link[rel="canonical"]').attr('href')!);
    const locs = (file: string) =>
      [...readFileSync(join(built.dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => url!);
    /** The file in dist/ that an absolute URL on this site names. */
    const fileOf = (url: string) => built.pathOf(new URL(url).pathname).slice(1);

    it('indexes its sitemaps, which exist on this site', () => {
      const sitemaps = locs('sitemap-index.xml');
      expect(sitemaps.length).toBeGreaterThan(0);
      for (const url of sitemaps) {
        expect(new URL(url).origin).toBe(site.origin);
        expect(existsSync(join(built.dist, fileOf(url))), url).toBe(true);
      }
    });

    it('lists every page a search engine may index (not the 404, nothing marked noindex), with trailing slashes', () => {
      const listed = locs('sitemap-index.xml').flatMap((url) => locs(fileOf(url)));
      for (const url of listed) expect(new URL(url).origin).toBe(site.origin);
      const indexable = pages.filter((p) => !/noindex/.test(p.$('meta[name="robots"]').attr('content') ?? '')).map((p) => p.path);
      expect(indexable).not.toContain('/404.html');
      expect(listed.map((url) => built.pathOf(new URL(url).pathname)).sort()).toEqual(indexable.sort());
    });

    it("names each page's twins in every edition, as the page's own head does (hreflang)", () => {
      const entries = locs('sitemap-index.xml').flatMap((url) => [
        ...readFileSync(join(built.dist, fileOf(url)), 'utf8').matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g),
      ]);
      const withTwins = entries.filter(([, , links]) => links);
      expect(withTwins.length, 'some page has a translation').toBeGreaterThan(0);
      for (const [, loc, links] of entries) {
        const $ = page(built.pathOf(new URL(loc!).pathname)).$;
        const head = $('link[rel="alternate"][hreflang]:not([hreflang="x-default"])')
          .map((_, link) => `${$(link).attr('hreflang')} ${$(link).attr('href')}`)
          .get();
        const listed = [...links!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
          ([, lang, href]) => `${lang} ${href}`,
        );
        expect(listed.sort(), loc).toEqual(head.sort());
      }
    });

    it('is linked from every page a search engine may index', () => {
      const indexable = pages.filter((p) => !/noindex/.test(p.$('meta[name="robots"]').attr('content') ?? ''));
      for (const { path, $ } of indexable) expect($('link[rel="sitemap"]').attr('href'), path).toBe(built.href('/sitemap-index.xml'));
    });

    it('points robots.txt at the sitemap index', () => {
      expect(readFileSync(join(built.dist, 'robots.txt'), 'utf8')).toMatch(
        new RegExp(`^Sitemap: ${built.address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}sitemap-index\\.xml$`, 'm'),
      );
    });
  });

  it('ships .nojekyll, so GitHub Pages publishing from a branch keeps the _astro/ folder', () => {
    expect(existsSync(join(built.dist, '.nojekyll'))).toBe(true);
    expect(existsSync(join(built.dist, '_astro'))).toBe(true);
  });

  describe("the educators' page", () => {
    const educators = page('/educators/');
    const stepLinks = educators
      .$('.step-links a')
      .toArray()
      .map((a) => educators.$(a));

    it('links to every chapter and every step of every chapter', () => {
      const allSteps = chapters.flatMap((c) =>
        c
          .$('[data-step]')
          .toArray()
          .map((el) => `${built.href(c.path)}#${c.$(el).attr('id')}`),
      );
      expect(stepLinks.map((a) => a.attr('href'))).toEqual(allSteps);
      for (const chapter of chapters) expect(educators.$(`a[href="${built.href(chapter.path)}"]`).length, chapter.path).toBeGreaterThan(0);
    });

    it.each(stepLinks.map((a) => [a.attr('href')!, a.text()] as const))(
      '%s resolves to its step and starts with its words',
      (href, text) => {
        const target = resolve(href);
        expect(target, href).toBeDefined();
        const id = href.split('#')[1]!;
        // Compare as a reader reads: straight quotes, no "(Reuters)" citations, single spaces.
        const plain = (t: string) =>
          t
            .replace(/\([^)]*\)/g, '')
            .replace(/[‘’]/g, "'")
            .replace(/[“”]/g, '"')
            .replace(/\s+/g, ' ')
            .trim();
        const stepText = plain(target!.$(`[id="${id}"] .step__text`).text());
        expect(stepText.startsWith(plain(text.replace(/…$/, '')).slice(0, 30)), `${stepText} / ${text}`).toBe(true);
      },
    );

    it("gives each chapter's objectives and 2–4 discussion questions, and says how to cite the site", () => {
      expect(educators.$('h3:contains("Learning objectives")').length).toBe(chapters.length);
      educators.$('h3:contains("Discussion questions")').each((_, h) => {
        const count = educators.$(h).next('ol').children('li').length;
        expect(count).toBeGreaterThanOrEqual(2);
        expect(count).toBeLessThanOrEqual(4);
      });
      expect(educators.$('#how-to-cite').length).toBe(1);
    });
  });

  describe('the about page', () => {
    const about = page('/about/');
    it.each(['#monthly-reach', '#overlap', '#population', '#as-of', '#report-an-error'])('explains %s', (id) => {
      expect(about.$(id).next('p').text().length).toBeGreaterThan(80);
    });

    it('states the date of the newest source', () => {
      expect(about.$('#as-of').next('p').text()).toContain('14 April 2026');
    });
  });
});

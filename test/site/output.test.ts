import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtSites } from '../helpers/built-sites.ts';
import { readContentChapters } from '../helpers/content-chapters.ts';
import { builtPages, chapterPages, noscriptOf, wideFramesOf } from '../helpers/dist.ts';

// Run over every site the test run builds: the build-output checks must hold for any valid chapters and stories.
describe.each(builtSites())('$name', (site) => {
  const contentChapters = readContentChapters(site.root);
  // The site's own charts (a copy may add one): each folder of its src/charts/ with an index.ts.
  const chartDir = join(site.root, 'src/charts');
  const charts = readdirSync(chartDir).filter((name) => existsSync(join(chartDir, name, 'index.ts')));

  const pages = builtPages(site.dist);
  const chapters = chapterPages(site.dist);

  describe('built chapter pages', () => {
    it('exist, one for each chapter in content/chapters/en', () => {
      expect(chapters.map((p) => p.path).sort()).toEqual(contentChapters.map((c) => c.path).sort());
    });

    describe.each(chapters)('$path', (page) => {
      const { $ } = page;
      const steps = $('[data-step]').toArray();

      it.each(steps.map((el) => [$(el).attr('id'), el] as const))('step %s has a kebab-case id, its alt and a snapshot', (id, el) => {
        expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        const snapshot = $(el).find('figure[data-snapshot]');
        expect(snapshot).toHaveLength(1);
        expect(snapshot.find('svg[data-size="narrow"] [data-key]').length).toBeGreaterThan(0);
        // Its wide snapshot is in the file its story fetches.
        expect(wideFramesOf(page, site.dist)(`svg[data-step="${id}"][data-size="wide"] [data-key]`).length).toBeGreaterThan(0);
        expect(snapshot.find('figcaption').text().replace('Graphic:', '').trim().length).toBeGreaterThan(10);
        expect($(el).find('.step__text').text().trim().length).toBeGreaterThan(0);
      });

      it('has no duplicate ids', () => {
        const ids = $('[id]')
          .toArray()
          .map((el) => $(el).attr('id'));
        expect(ids.length).toBe(new Set(ids).size);
      });

      it('gives each sticky figure a known chart and the first step it shows, and each step its frame as a snapshot at both sizes', () => {
        const stories = $('scrolly-story').toArray();
        expect(stories.length).toBeGreaterThan(0);
        for (const story of stories) {
          const figure = $(story).children('figure[data-chart]');
          expect(charts).toContain(figure.attr('data-chart'));
          expect(figure.attr('aria-hidden')).toBe('true');
          const stepIds = $(story)
            .find('[data-step]')
            .toArray()
            .map((el) => $(el).attr('id'));
          expect(figure.attr('data-step-id')).toBe(stepIds[0]);
          const sizes = figure
            .find('svg[data-size]')
            .toArray()
            .map((svg) => $(svg).attr('data-size'));
          for (const id of stepIds) {
            const snapshot = $(story).find(`#${id} figure[data-snapshot] svg[data-size]`).toArray();
            expect(
              snapshot.map((svg) => $(svg).attr('data-size')),
              `step ${id}`,
            ).toEqual(sizes);
            expect($(snapshot[0]).find('[data-marks] > [data-key]').length, `step ${id}`).toBeGreaterThan(0);
          }
        }
      });
    });
  });

  describe('the chapters as the content declares them', () => {
    it.each(contentChapters.map((c) => [c.file, c] as const))(
      '%s is built with each of its stories and steps, in order',
      (_file, content) => {
        const page = chapters.find((p) => p.path === content.path);
        expect(page, content.path).toBeDefined();
        const $ = page!.$;
        const built = $('scrolly-story')
          .toArray()
          .map((story) => ({
            chart: $(story).attr('data-chart'),
            steps: $(story)
              .find('[data-step]')
              .toArray()
              .map((el) => $(el).attr('id')),
          }));
        expect(built).toEqual(content.stories);
      },
    );

    it.each(contentChapters.map((c) => [c.file, c] as const))(
      '%s links one data table per story, each on its data page by its own id',
      (_file, content) => {
        const $ = chapters.find((p) => p.path === content.path)!.$;
        const data = pages.find((p) => p.path === `${content.path}data/`)!.$;
        const links = $('.data-link')
          .toArray()
          .map((el) => ({ id: $(el).attr('id')!, href: $(el).find('a').attr('href') }));
        expect(links).toHaveLength(content.stories.length);
        expect(new Set(links.map((l) => l.id)).size).toBe(links.length);
        for (const { id, href } of links) expect(href).toBe(site.href(`${content.path}data/#${id}`));
        const tables = data('.data-table')
          .toArray()
          .map((el) => data(el).attr('id'));
        expect(tables).toEqual(links.map((l) => l.id));
      },
    );
  });

  describe('every built page', () => {
    const loading =
      'script[src], link[href], img[src], img[srcset], source[src], source[srcset], iframe[src], video[src], audio[src], embed[src], object[data], image[href], use[href]';
    const resources = (page: (typeof pages)[number]) =>
      // And what a <noscript> holds: a page with scripts links its print stylesheet there.
      [...page.$(loading).toArray(), ...noscriptOf(page.$)(loading).toArray()]
        .flatMap((el) => ['src', 'href', 'srcset', 'data'].map((attr) => page.$(el).attr(attr)).filter((v): v is string => Boolean(v)))
        // The canonical address names the page, and its alternates its twins in the other language; nothing loads them
        // (they are http:// in a build for the preview's address).
        .filter((value) => !(/^https?:\/\//.test(value) && ['canonical', 'alternate'].includes(pageLinkRel(page, value) ?? '')))
        // A same-document reference (a <use> of a story's furniture) loads nothing; it must name an element of the page.
        .filter((value) => !(value.startsWith('#') && page.$(`[id="${value.slice(1)}"]`).length === 1));

    it.each(pages)('$path loads nothing from another origin', (page) => {
      for (const url of resources(page)) expect(url, `${page.path} loads ${url}`).toMatch(/^\/(?!\/)/);
      expect(page.html).not.toMatch(/@import\s+url\(\s*['"]?https?:/);
    });
  });

  /** The `rel` of the <link> with this href, to tell the canonical URL (a name, not a request) from resources. */
  function pageLinkRel(page: (typeof pages)[number], href: string): string | undefined {
    return page.$(`link[href="${href}"]`).attr('rel');
  }
});

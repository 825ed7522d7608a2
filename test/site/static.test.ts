import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distFiles } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';
import { htmlErrors } from '../helpers/html-errors.ts';

const pages = builtPages();

describe('links in dist/', () => {
  /** Every internal link on a page: href values that stay on this site. */
  const internalLinks = (page: (typeof pages)[number]) =>
    page
      .$('a[href]')
      .toArray()
      .map((a) => page.$(a).attr('href')!)
      .filter((href) => href.startsWith('/') || href.startsWith('#'));

  /** Every file of dist/ as a URL path, and every page's element ids by its path: looked up once per link. */
  const files = new Set(distFiles().map((f) => `/${f}`));
  const idsByPath = new Map(
    pages.map((p) => [
      p.path,
      new Set(
        p
          .$('[id]')
          .map((_, el) => p.$(el).attr('id'))
          .get(),
      ),
    ]),
  );

  it.each(pages.map((p) => [p.path, p] as const))('every internal link and #anchor on %s resolves', (path, page) => {
    const broken: string[] = [];
    for (const href of internalLinks(page)) {
      const url = new URL(href, `http://site${path}`);
      if (!files.has(url.pathname) && !files.has(`${url.pathname}index.html`)) {
        broken.push(`${href}: no page`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && !idsByPath.get(url.pathname)?.has(id)) broken.push(`${href}: no element #${id}`);
    }
    expect(broken).toEqual([]);
  });
});

describe('html-validate', () => {
  const errors = htmlErrors();
  it.each(pages.map((p) => p.path))('%s has no errors', async (path) => {
    expect(await errors(join(distDir, path.endsWith('.html') ? path : `${path}index.html`))).toEqual([]);
  });
});

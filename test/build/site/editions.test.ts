import { describe, expect, it } from 'vitest';
import { hasPage, pageLink, twinsOf } from '../../../src/build/site/editions.ts';

describe('the editions’ pages', () => {
  it('names a chapter’s twin in each language, English first, from either edition', () => {
    const twins = [
      { locale: 'en', tag: 'en', path: '/chapters/who-talks-on-what/' },
      { locale: 'ru', tag: 'ru', path: '/ru/chapters/who-talks-on-what/' },
    ];
    expect(twinsOf('/chapters/who-talks-on-what/')).toEqual(twins);
    expect(twinsOf('/ru/chapters/who-talks-on-what/')).toEqual(twins);
    expect(twinsOf('/ru/')).toEqual([
      { locale: 'en', tag: 'en', path: '/' },
      { locale: 'ru', tag: 'ru', path: '/ru/' },
    ]);
  });

  it('names the 404 page by its file, which Astro calls /404/, in both editions', () => {
    const twins = [
      { locale: 'en', tag: 'en', path: '/404.html' },
      { locale: 'ru', tag: 'ru', path: '/ru/404.html' },
    ];
    expect(twinsOf('/404/')).toEqual(twins);
    expect(twinsOf('/ru/404/')).toEqual(twins);
  });

  it('gives a page not yet translated no Russian twin, and links to it in English from a Russian page', () => {
    expect(hasPage('ru', '/educators/lesson/')).toBe(false);
    expect(twinsOf('/educators/lesson/')).toEqual([{ locale: 'en', tag: 'en', path: '/educators/lesson/' }]);
    expect(pageLink('ru', '/educators/lesson/')).toEqual({ href: '/educators/lesson/', hreflang: 'en' });
    expect(pageLink('ru', '/educators/', 'chapter-x')).toEqual({ href: '/ru/educators/#chapter-x' });
    expect(pageLink('ru', '/about/', 'corrections')).toEqual({ href: '/ru/about/#corrections' });
    expect(pageLink('ru', '/chapters/x/')).toEqual({ href: '/ru/chapters/x/' });
    expect(pageLink('ru', '/sources/')).toEqual({ href: '/ru/sources/' });
    expect(pageLink('ru', '/glossary/', 'tspu')).toEqual({ href: '/ru/glossary/#tspu' });
    expect(pageLink('en', '/sources/')).toEqual({ href: '/sources/' });
  });
});

import { describe, expect, it } from 'vitest';
import { editionHref, twinsOf } from '../../../src/build/site/editions.ts';

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

  it('links to a page in the edition asked for, with the base and the hash', () => {
    expect(editionHref('ru', '/educators/lesson/')).toBe('/ru/educators/lesson/');
    expect(editionHref('ru', '/educators/', 'chapter-x')).toBe('/ru/educators/#chapter-x');
    expect(editionHref('ru', '/glossary/', 'tspu')).toBe('/ru/glossary/#tspu');
    expect(editionHref('en', '/sources/')).toBe('/sources/');
  });
});

import { describe, expect, it } from 'vitest';
import { asLocale, localePath, pathLocale } from '../../src/core/locale.ts';

describe('the editions’ paths', () => {
  it('keeps English at the root and puts Russian under /ru/, the same path after it', () => {
    expect(localePath('en', '/chapters/who-talks-on-what/')).toBe('/chapters/who-talks-on-what/');
    expect(localePath('ru', '/chapters/who-talks-on-what/')).toBe('/ru/chapters/who-talks-on-what/');
    expect(localePath('ru', '/')).toBe('/ru/');
    expect(() => localePath('ru', 'chapters/')).toThrow('must start with "/"');
  });

  it('reads a path back into its language and its English path', () => {
    expect(pathLocale('/ru/chapters/x/')).toEqual({ locale: 'ru', path: '/chapters/x/' });
    expect(pathLocale('/ru/')).toEqual({ locale: 'ru', path: '/' });
    expect(pathLocale('/chapters/x/')).toEqual({ locale: 'en', path: '/chapters/x/' });
    // A page whose first segment merely starts with a language code is English.
    expect(pathLocale('/rules/')).toEqual({ locale: 'en', path: '/rules/' });
  });

  it('refuses a page language the site does not publish', () => {
    expect(asLocale('ru')).toBe('ru');
    expect(() => asLocale('de')).toThrow(`"de" is not one of the site's languages (en, ru)`);
    expect(() => asLocale(undefined)).toThrow('is not one of');
  });
});

import { describe, expect, it } from 'vitest';
import { shortLinkCode, shortLinkPath, typedAddress } from '../../../src/build/kit/short-link.ts';

describe('short links', () => {
  it('are the chapter’s number, then the step’s number within it', () => {
    expect(shortLinkPath(4)).toBe('/s/4/');
    expect(shortLinkPath(4, 4)).toBe('/s/4-4/');
    expect(shortLinkPath(12, 10)).toBe('/s/12-10/');
    expect(shortLinkCode(2, 9)).toBe('2-9');
  });

  it('refuse a number that counts nothing', () => {
    for (const [chapter, step] of [
      [0, undefined],
      [1.5, undefined],
      [4, 0],
      [4, -1],
      [Number.NaN, 1],
    ] as const) {
      expect(() => shortLinkPath(chapter, step)).toThrow(/whole number from 1/);
    }
  });

  it('are printed as a reader types them: no scheme, no “www.”, the sub-path kept', () => {
    expect(typedAddress('https://example.org/explainer/s/4-4/')).toBe('example.org/explainer/s/4-4/');
    expect(typedAddress('https://www.example.org/s/4/')).toBe('example.org/s/4/');
    expect(typedAddress('http://127.0.0.1:4321/s/1-2/')).toBe('127.0.0.1:4321/s/1-2/');
  });
});

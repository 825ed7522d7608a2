import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slideTextScale, slideTextScales } from '../../../src/build/kit/slide-text-scale.ts';

describe('slideTextScale', () => {
  it('keeps a step of up to 450 Latin letters at the slide’s type size, as every English step is', () => {
    expect(slideTextScale('a'.repeat(450))).toBe(1);
  });

  it('sets a long step smaller, and a Russian one sooner than an English one of the same length', () => {
    expect(slideTextScale('ж'.repeat(300))).toBe(1);
    expect(slideTextScale('ж'.repeat(340))).toBe(0.9);
    expect(slideTextScale('a'.repeat(500))).toBe(0.9);
    expect(slideTextScale('ж'.repeat(560))).toBe(0.7);
  });

  it('gives only the sizes present.css knows, never smaller than the smallest, for any length', () => {
    for (let length = 0; length <= 2000; length += 50) {
      expect(slideTextScales).toContain(slideTextScale('ж'.repeat(length)));
    }
    expect(slideTextScale('ж'.repeat(5000))).toBe(0.7);
  });
});

describe('the slides’ styles', () => {
  it('set a slide’s text at each size slideTextScale gives', () => {
    const css = readFileSync('src/styles/present.css', 'utf8');
    for (const scale of slideTextScales.filter((s) => s < 1)) {
      expect(css).toMatch(new RegExp(`\\.slide__text\\[data-text-scale='${scale}'\\] \\{\\s*--text-scale: ${scale};`));
    }
  });
});

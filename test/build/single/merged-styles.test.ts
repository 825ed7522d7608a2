import { describe, expect, it } from 'vitest';
import { mergedStyles } from '../../../src/build/single/merged-styles.ts';

describe('mergedStyles', () => {
  it('keeps the first of each rule where it stands and drops its repeats, inside layers and media queries too', () => {
    const base = '@layer base, page;@layer base{body{margin:0}a{color:blue}}';
    const home = `${base}@layer page{.chapter-list{padding:0}}`;
    const chapter = `${base}@layer page{.step{padding:1rem}@media (min-width:60em){.step{padding:2rem}}}`;
    const sources = `${base}@layer page{@media (min-width:60em){.step{padding:2rem}.source{margin:0}}}`;
    expect(mergedStyles([home, chapter, sources])).toBe(
      [
        '@layer base, page;@layer base{body{margin:0}a{color:blue}}@layer page{.chapter-list{padding:0}}',
        '@layer page{.step{padding:1rem}@media (min-width:60em){.step{padding:2rem}}}',
        '@layer page{@media (min-width:60em){.source{margin:0}}}',
      ].join('\n'),
    );
  });

  it('tells the same rule in different blocks apart, and compares a block with no head (@font-face) whole', () => {
    expect(mergedStyles(['a{color:red}', '@media print{a{color:red}}'])).toBe('a{color:red}\n@media print{a{color:red}}');
    const faces = ['@font-face{font-family:A;src:url(a.woff2)}', '@font-face{font-family:B;src:url(a.woff2)}'];
    expect(mergedStyles([...faces, faces[0]!])).toBe(faces.join('\n'));
  });
});

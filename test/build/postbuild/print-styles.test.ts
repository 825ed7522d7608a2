import { describe, expect, it } from 'vitest';
import { splitPrintStyles } from '../../../src/build/postbuild/print-styles.ts';

describe('splitPrintStyles', () => {
  it('takes each @media print block out, in the layers it sat in, and drops a layer it leaves empty', () => {
    const css =
      '@layer base,print;@layer base{p{a:1}@media print{p{b:1}}}@layer print{@media print{.nav{display:none}}}@media print{.x{c:1}}';
    expect(splitPrintStyles(css)).toEqual({
      screen: '@layer base,print;@layer base{p{a:1}}',
      print: ['@layer base{@media print{p{b:1}}}', '@layer print{@media print{.nav{display:none}}}', '@media print{.x{c:1}}'],
    });
  });

  it('keeps the conditions a block sat in', () => {
    expect(splitPrintStyles('@layer c{@supports (display:grid){@media print{.g{d:1}}}}').print).toEqual([
      '@layer c{@supports (display:grid){@media print{.g{d:1}}}}',
    ]);
  });

  it('leaves CSS without rules for paper as it is', () => {
    const css = '@layer base{p{a:1}}@media screen{p{b:1}}';
    expect(splitPrintStyles(css)).toEqual({ screen: css, print: [] });
  });
});

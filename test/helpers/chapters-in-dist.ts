import { chapterPages } from './dist.ts';

/** Each built chapter with its step ids, read from dist/ when the test file is collected. */
export const builtChapters = chapterPages().map((page) => ({
  path: page.path,
  steps: page.$('[data-step]').toArray().map((el) => page.$(el).attr('id')!),
}));

import { chapterPages } from './dist.ts';

/** Each built chapter with its step ids, read from dist/ when the test file is collected. */
export const builtChapters = chapterPages().map((page) => ({
  path: page.path,
  steps: page
    .$('[data-step]')
    .toArray()
    .map((el) => page.$(el).attr('id')!),
}));

/**
 * The built chapter with the most steps: behaviour tests use it for the room it gives to move, and it stands for all
 * chapters where the code under test is shared by every chapter.
 */
export const busiestChapter = [...builtChapters].sort((a, b) => b.steps.length - a.steps.length)[0]!;

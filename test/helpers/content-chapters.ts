import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteRoot } from './paths.ts';

/** One chapter as its MDX file declares it: where it is built, and each story's chart and step ids, in order. */
export interface ContentChapter {
  readonly file: string;
  /** The built page's path, "/chapters/<slug>/". */
  readonly path: string;
  readonly stories: readonly { readonly chart: string; readonly steps: readonly string[] }[];
}

/**
 * Every chapter in `root`/content/chapters/en, in story order (file-name order), read from the MDX source, so that tests
 * compare the built site with the content instead of with a list or a count written into the test.
 */
export function readContentChapters(root: string): readonly ContentChapter[] {
  return readdirSync(join(root, 'content/chapters/en'))
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(root, 'content/chapters/en', file), 'utf8');
      const stories = text
        .split(/<Scrolly\b/)
        .slice(1)
        .map((block) => ({
          chart: /^\s+chart="([^"]+)"/.exec(block)![1]!,
          steps: [...block.split('</Scrolly>')[0]!.matchAll(/<Step\s[^>]*?\bid="([^"]+)"/g)].map((m) => m[1]!),
        }));
      return { file: `content/chapters/en/${file}`, path: `/chapters/${file.replace(/^\d+-/, '').replace(/\.mdx$/, '')}/`, stories };
    });
}

/** The chapters of the site under test (content/chapters/en of TEST_SITE_ROOT, or of this project). */
export const contentChapters = readContentChapters(siteRoot);

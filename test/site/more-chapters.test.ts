import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { severalStories, severalStoriesSite } from '../helpers/several-stories-site.ts';

/**
 * A maintainer adds a sixth chapter with four stories (on the three charts, one of them twice) and prose between them,
 * exactly as docs/authoring.md says (test/helpers/several-stories-site.ts; the global setup builds it). The
 * build-output tests, which derive chapters, stories and steps from the content, run on that copy too
 * (pages.test.ts, output.test.ts and citations.test.ts, over test/helpers/built-sites.ts): nothing in them may assume
 * five chapters or one story per chapter. This file checks that the copy holds what it is meant to.
 */
describe('a sixth chapter with several stories', () => {
  it('builds, with its four stories, each with its own data table, as the last chapter', async () => {
    const site = severalStoriesSite();
    const built = await readFile(join(site.dist, 'chapters/several-stories/index.html'), 'utf8');
    expect(built.match(/<scrolly-story/g)).toHaveLength(severalStories.stories);
    expect([...built.matchAll(/class="data-table" id="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'data-user-shares',
      'data-population-coverage',
      'data-ban-sequence',
      'data-user-shares-2',
    ]);
    expect(built).toContain('Chapter 6 of 6');
  });
});

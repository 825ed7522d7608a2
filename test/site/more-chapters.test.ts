import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { palettes } from '../../src/core/tokens.ts';
import { fixtureChart } from '../helpers/fixture-chart.ts';
import { severalStories, severalStoriesSite } from '../helpers/several-stories-site.ts';

/**
 * A maintainer adds a sixth chapter with five stories (on the three charts, one of them twice, and on a chart the copy
 * adds) and prose between them, with its Russian twin,
 * exactly as docs/authoring.md says (test/helpers/several-stories-site.ts; the global setup builds it). The
 * build-output tests, which derive chapters, stories and steps from the content, run on that copy too
 * (pages, output, glossary and citations tests, over test/helpers/built-sites.ts): nothing in them may assume
 * five chapters or one story per chapter. This file checks that the copy holds what it is meant to.
 */
describe('a sixth chapter with several stories', () => {
  it('builds, with its five stories, each with its own data table, as the last chapter', async () => {
    const site = severalStoriesSite();
    const built = await readFile(join(site.dist, 'chapters/several-stories/index.html'), 'utf8');
    expect(built.match(/<scrolly-story/g)).toHaveLength(severalStories.stories);
    const tables = await readFile(join(site.dist, 'chapters/several-stories/data/index.html'), 'utf8');
    expect([...tables.matchAll(/class="data-table" id="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'data-user-shares',
      'data-population-coverage',
      'data-ban-sequence',
      'data-user-shares-2',
      `data-${fixtureChart.name}`,
    ]);
    expect(built).toContain('Chapter 6 of 6');
  });

  it('draws a new chart that touched only its folder and the registry: figure, table, styles and downloads', async () => {
    const { dist } = severalStoriesSite();
    const read = (path: string) => readFile(join(dist, path), 'utf8');
    const page = await read('chapters/several-stories/index.html');
    // Its figure and each step's snapshot, with bars the layout drew from the data.
    expect(page).toMatch(new RegExp(`<figure class="scrolly__graphic" data-chart="${fixtureChart.name}"`));
    expect(page).toContain('id="fixture-tally-all"');
    expect(page).toMatch(/data-key="bar:law"/);
    // Its own style reaches the page's CSS, in the token's custom property, and its download, in the light colour.
    expect(page).toMatch(/\.frame \.tally\s*\{\s*fill:\s*var\(--c-launch\)/);
    const svg = await read('downloads/fixture-tally-all.svg');
    expect(svg).toContain(`fill="${palettes.light['c-launch']}"`);
    // Its data, for the kit, with the export's columns and the provenance every download carries.
    const csv = await read(`downloads/data/${fixtureChart.name}.csv`);
    expect(csv.split('\n')[0]).toMatch(/^\ufeff"event_id","date","category",/);
    expect(await read(`embed/fixture-tally-2025/index.html`)).toMatch(/data-embed="fixture-tally-2025"[\s\S]*class="tally"/);
  });
});

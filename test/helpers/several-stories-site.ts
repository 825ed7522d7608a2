import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fixtureCopy, runAstroBuild, type Edit, type FixtureBuild } from './fixture-build.ts';
import { fixtureChartStory, installFixtureChart } from './fixture-chart.ts';
import { projectRoot } from './paths.ts';
import { russianTwin } from './russian-twin.ts';

/**
 * A sixth chapter, as a maintainer would add it: four stories on the three charts (one chart twice) and a fifth on a
 * chart the copy adds as the README's "Add a chart" says (test/helpers/fixture-chart.ts), with prose
 * before, between and after, and citations in steps and prose. stories.test.ts reads it in a browser and
 * the build-output tests run on it too (test/helpers/built-sites.ts); the test run's global setup builds it once for all,
 * beside the site itself.
 */
export const severalStoriesChapter = `---
title: A fixture chapter with several stories
summary: A chapter that holds four scrollytelling stories, two of them with the same chart, and prose between them.
objectives:
  - Check that a chapter may hold several stories.
questions:
  - Does every story keep its own steps?
  - Does every data table keep its own id?
---

Prose before the first story, long enough to read on its own. Reuters reported Mediascope's July 2025 figures <Cite id="reuters-2025-08-whatsapp-accuses-moscow" />.

<Scrolly chart="user-shares">
  <Step id="fixture-first-a" state={{ period: "2025-07", show: ["whatsapp"] }} alt="One bar for WhatsApp, July 2025: {reach:whatsapp:2025-07}.">
    The first story's first step <Cite id="reuters-2025-08-whatsapp-accuses-moscow" />.
  </Step>
  <Step id="fixture-first-b" state={{ period: "2025-07", show: ["whatsapp", "telegram"] }} alt="Two bars, July 2025: WhatsApp {reach:whatsapp:2025-07}, Telegram {reach:telegram:2025-07}.">
    The first story's second step.
  </Step>
</Scrolly>

## Between the stories

Prose between the stories: no step is current while the reader is here.

<Scrolly chart="population-coverage">
  <Step id="fixture-second-a" state={{}} alt="The population, one square per million people.">
    The second story's first step.
  </Step>
  <Step id="fixture-second-b" state={{ period: "2025-07", platforms: ["whatsapp"] }} alt="WhatsApp's reach against the population, July 2025.">
    The second story's second step.
  </Step>
</Scrolly>

More prose, citing TASS <Cite id="tass-nd-max-audience-doubles-september" />.

<Scrolly chart="ban-sequence">
  <Step id="fixture-timeline-2025" state={{ from: "2025", to: "2025" }} alt="The events of 2025 on the timeline.">
    The year 2025.
  </Step>
  <Step id="fixture-timeline-2018" state={{ from: "2018", to: "2018", emphasis: { categories: ["block"] } }} alt="The events of 2018, blocks in colour.">
    The year 2018.
  </Step>
</Scrolly>

And a last story, with the first story's chart again <Cite id="rbc-2026-01-mediascope-whatsapp-loses-share" />.

<Scrolly chart="user-shares">
  <Step id="fixture-reach-december" state={{ period: "2025-12", highlight: "max" }} alt="December 2025: WhatsApp {reach:whatsapp:2025-12}, Telegram {reach:telegram:2025-12}, MAX {reach:max:2025-12}, MAX in colour.">
    December 2025 <Cite id="rbc-2026-01-mediascope-whatsapp-loses-share" />.
  </Step>
</Scrolly>

A story on a chart that only this copy has (test/fixtures/chart/event-tally/).

${fixtureChartStory}

Prose after the last story.
`;

/** The chapter's page, the ids of its first two stories' steps, and how many stories it holds. */
export const severalStories: { path: string; first: readonly string[]; second: readonly string[]; stories: number } = {
  path: '/chapters/several-stories/',
  first: ['fixture-first-a', 'fixture-first-b'],
  second: ['fixture-second-a', 'fixture-second-b'],
  stories: 5,
};

/**
 * Where the copy is published: as a new publisher puts it on GitHub Pages, under a path. test/site/subpath.test.ts
 * serves it under that path only and crawls it; the build-output tests that run on it (built-sites.ts) resolve its
 * links through its base.
 */
export const severalStoriesAddress = { site: 'https://example.org/explainer/', base: '/explainer/' } as const;

/**
 * The copy also carries three changed records, for the figures tests in test/site/subpath.test.ts (a changed record
 * changes every sentence that states it): WhatsApp's July 2025 reach, 97.3 → 96.1 million; Instagram's block (E19),
 * moved from 14 to 15 March 2022; and the monitor's count of regions, 34 → 35.
 */
const changedRecords: Edit[] = [
  { file: 'content/data/audience.json', find: '"period": "2025-07", "reach": 97.3,', replace: '"period": "2025-07", "reach": 96.1,' },
  { file: 'content/data/events.json', find: '"id": "E19", "date": "2022-03-14",', replace: '"id": "E19", "date": "2022-03-15",' },
  {
    file: 'content/data/claims.json',
    find: '"id": "na-svyazi-regions-2025-10", "amount": 34,',
    replace: '"id": "na-svyazi-regions-2025-10", "amount": 35,',
  },
];

/** Where the copy of the project with the sixth chapter is built, and what its build said. */
const root = join(projectRoot, 'test/.tmp/several-stories');
const report = join(root, 'build-report.json');

/**
 * Copies the project with the sixth chapter and the changed records into test/.tmp/several-stories and builds it for
 * its address under a path (the global setup).
 */
export async function buildSeveralStoriesSite(): Promise<void> {
  await removeSeveralStoriesSite();
  const copy = await fixtureCopy(
    [
      ...changedRecords,
      { file: `content/chapters/en/${twinName}`, content: severalStoriesChapter },
      russianTwin(twinName, severalStoriesChapter),
    ],
    root,
  );
  installFixtureChart(copy);
  const build = await runAstroBuild(copy, [], { SITE_URL: severalStoriesAddress.site });
  writeFileSync(report, JSON.stringify({ ...build, recipe: recipe() }));
}

/** The sixth chapter's file name, in each edition's folder. */
const twinName = '06-several-stories.mdx';

/** What the copy is built from besides the project: a new chapter, a record or an address here means a new build. */
const recipe = () =>
  createHash('sha256')
    .update(
      JSON.stringify([
        severalStoriesChapter,
        russianTwin(twinName, severalStoriesChapter),
        changedRecords,
        severalStoriesAddress,
        fixtureChartStory,
      ]),
    )
    .digest('hex');

/**
 * Whether test/.tmp/several-stories holds a build of the copy as this file describes it now: a targeted run
 * (TEST_SITE_ROOT) reuses one an earlier run left, unless the chapter, the changed records or the address changed since.
 */
export function severalStoriesBuilt(): boolean {
  return existsSync(report) && (JSON.parse(readFileSync(report, 'utf8')) as { recipe?: string }).recipe === recipe();
}

export function removeSeveralStoriesSite(): Promise<void> {
  return rm(root, { recursive: true, force: true });
}

/** The built copy: its project folder, dist/ and base. Throws with the build's output when the build failed. */
export function severalStoriesSite(): { root: string; dist: string; base: string } {
  if (!existsSync(report)) throw new Error(`${root} was not built: the test run's global setup builds it`);
  const build = JSON.parse(readFileSync(report, 'utf8')) as FixtureBuild;
  if (!build.ok) throw new Error(`the copy with a sixth chapter did not build:\n${build.output.slice(-3000)}`);
  return { root, dist: join(root, 'dist'), base: severalStoriesAddress.base };
}

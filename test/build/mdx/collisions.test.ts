import type { Root } from 'mdast';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { stylesOf } from '../../../src/charts/chart.ts';
import { frameCollisions } from '../../../src/charts/check-frame.ts';
import { chartNamed, checkStep } from '../../../src/build/mdx/check-step.ts';
import { expandFigures, figureLanguage } from '../../../src/build/mdx/expand-figures.ts';
import { inspectChapter } from '../../../src/build/mdx/inspect-chapter.ts';
import type { Frame, SizeName } from '../../../src/frame/frame.ts';
import { datasets } from '../../helpers/datasets.ts';
import { buildWith } from '../../helpers/fixture-build.ts';
import { russianTwin } from '../../helpers/russian-twin.ts';
import { siteRoot } from '../../helpers/paths.ts';

const sizes: readonly SizeName[] = ['narrow', 'wide'];

/** Every step of a chapter as the build reads it: its chart, id, alt (figures printed) and state. */
function chapterSteps(file: string) {
  const text = readFileSync(join(siteRoot, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const tree = unified().use(remarkParse).use(remarkMdx).parse(text) as Root;
  expect(expandFigures(tree, datasets, figureLanguage(datasets, 'en', siteRoot))).toEqual([]);
  const chapter = file.replace(/^.*\/\d+-|\.mdx$/g, '');
  return inspectChapter(tree, { file, chapter, datasets, owners: new Map() }).outline.steps;
}

/** The events a frame labels, whatever lines each label is set on. */
const labelled = (frame: Frame) =>
  frame.marks
    .filter((m) => /^label:[^:]+$/.test(m.key))
    .map((m) => m.key)
    .sort();

const chapters = readdirSync(join(siteRoot, 'content/chapters/en'))
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => `content/chapters/en/${name}`);

describe('every frame of every chapter, at both sizes', () => {
  it.each(chapters)('%s: nothing collides, and every label shows at both sizes, so one alt text describes both', (file) => {
    const steps = chapterSteps(file);
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      // checkStep throws the build's own message for a collision (check-frame.ts); the loop below says it again plainly.
      const { frames } = checkStep(step.chart, step, datasets);
      for (const size of sizes)
        expect(frameCollisions(frames[size], stylesOf(chartNamed(step.chart))), `${step.id} at the ${size} size`).toEqual([]);
      expect(labelled(frames.narrow), step.id).toEqual(labelled(frames.wide));
    }
  });
});

// One real build of a copy whose timeline no longer breaks leaders around lane names: the content check, which runs
// first in every build, stops it with a line naming the chapter file, the step, the size and the two things.
describe('the build stops on a collision', () => {
  it('naming the chapter file, the step, the size and the two things that collide', async () => {
    const chapter = `---
title: Seeded collision
summary: A chapter whose graphic collides.
objectives: [See the build refuse it]
questions: [Why?, Where?]
---

<Scrolly chart="ban-sequence">
  <Step id="seeded-collision" state={{ from: "2025", to: "2025", labels: ["E28"] }} alt="The year 2025, with the test launch of MAX labelled.">
    Text.
  </Step>
</Scrolly>
`;
    const next = String(chapters.length + 1).padStart(2, '0');
    const { ok, output } = await buildWith([
      {
        file: 'src/charts/ban-sequence/layout.ts',
        find: 'leaderSegments(label.leader, texts)',
        replace: 'leaderSegments(label.leader, [])',
      },
      { file: `content/chapters/en/${next}-seeded-collision.mdx`, content: chapter },
      russianTwin(`${next}-seeded-collision.mdx`, chapter),
    ]);
    expect(ok, output).toBe(false);
    expect(output).toContain(
      `content/chapters/en/${next}-seeded-collision.mdx:9:3: step "seeded-collision": at the narrow size, text "Laws and rulings" overlaps leader line "leader:E28"; change the state or the chart's layout`,
    );
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  }, 120_000);
});

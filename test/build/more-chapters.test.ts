import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureCopy } from '../helpers/fixture-build.ts';
import { projectRoot } from '../helpers/paths.ts';

/**
 * A maintainer adds a sixth chapter with three stories (two charts, one of them twice) and prose between them,
 * exactly as the README says. The build-output tests, which derive chapters, stories and steps from the content,
 * must pass on that copy unchanged: nothing in them may assume five chapters or one story per chapter.
 */
const sixthChapter = `---
title: A fixture chapter with several stories
summary: A chapter that holds three scrollytelling stories, two of them with the same chart, and prose between them.
objectives:
  - Check that a chapter may hold several stories.
questions:
  - Does every story keep its own steps?
  - Does every data table keep its own id?
---

Reuters reported Mediascope's July 2025 figures <Cite id="reuters-2025-08-whatsapp-accuses-moscow" />.

<Scrolly chart="user-shares">
  <Step id="fixture-reach-july" state={{ period: "2025-07" }} alt="Three bars for July 2025: WhatsApp {reach:whatsapp:2025-07}, Telegram {reach:telegram:2025-07}, VK Messenger {reach:vk-messenger:2025-07}.">
    July 2025 <Cite id="reuters-2025-08-whatsapp-accuses-moscow" />.
  </Step>
  <Step id="fixture-reach-july-telegram" state={{ period: "2025-07", highlight: "telegram" }} alt="The same bars with Telegram in colour.">
    Telegram, second.
  </Step>
</Scrolly>

Between the stories, more prose, citing TASS <Cite id="tass-nd-max-audience-doubles-september" />.

<Scrolly chart="ban-sequence">
  <Step id="fixture-timeline-2025" state={{ from: "2025", to: "2025" }} alt="The events of 2025 on the timeline.">
    The year 2025.
  </Step>
  <Step id="fixture-timeline-2018" state={{ from: "2018", to: "2018", emphasis: { categories: ["block"] } }} alt="The events of 2018, blocks in colour.">
    The year 2018.
  </Step>
</Scrolly>

And a third story, with the first story's chart again <Cite id="rbc-2026-01-mediascope-whatsapp-loses-share" />.

<Scrolly chart="user-shares">
  <Step id="fixture-reach-december" state={{ period: "2025-12", highlight: "max" }} alt="December 2025: WhatsApp {reach:whatsapp:2025-12}, Telegram {reach:telegram:2025-12}, MAX {reach:max:2025-12}, MAX in colour.">
    December 2025 <Cite id="rbc-2026-01-mediascope-whatsapp-loses-share" />.
  </Step>
</Scrolly>
`;

/** Runs vitest on some test files against the site at `siteRoot` (its global setup builds that copy first). */
function runTests(siteRoot: string, files: readonly string[]): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve, reject) => {
    const { CI: _ci, ...env } = process.env;
    const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...files], {
      cwd: projectRoot,
      env: { ...env, TEST_SITE_ROOT: siteRoot, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a sixth chapter with several stories', () => {
  it('builds, and passes every build-output test unchanged', { timeout: 600_000 }, async () => {
    dir = await fixtureCopy([{ file: 'content/chapters/06-several-stories.mdx', content: sixthChapter }]);
    const { ok, output } = await runTests(dir, ['test/build/pages.test.ts', 'test/build/output.test.ts', 'test/build/citations.test.ts']);
    expect(ok, output.slice(-6000)).toBe(true);
    // The run checked the copy: the sixth chapter's three stories and their data tables were among the tests.
    expect(output).toMatch(/Tests\s+\d+ passed/);
    const built = await readFile(join(dir, 'dist/chapters/several-stories/index.html'), 'utf8');
    expect(built.match(/<scrolly-story/g)).toHaveLength(3);
    expect([...built.matchAll(/class="data-table" id="([^"]+)"/g)].map((m) => m[1])).toEqual(['data-user-shares', 'data-ban-sequence', 'data-user-shares-2']);
    expect(built).toContain('Chapter 6 of 6');
  });
});

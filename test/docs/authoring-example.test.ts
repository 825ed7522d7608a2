import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/content/check-content.ts';
import { projectRoot } from '../helpers/paths.ts';
import { russianTwin } from '../helpers/russian-twin.ts';

/** The authoring guide's worked example of a chapter with two stories passes the content check as written. */
let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the authoring guide's worked example (docs/authoring.md)", () => {
  it('is a valid sixth chapter with two stories', async () => {
    const guide = await readFile(join(projectRoot, 'docs/authoring.md'), 'utf8');
    const at = guide.indexOf('## A chapter with two stories');
    expect(at, 'docs/authoring.md has a section "## A chapter with two stories"').toBeGreaterThanOrEqual(0);
    const section = guide.slice(at);
    const example = /```mdx\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toContain('<Scrolly');
    expect(example!.match(/<Scrolly /g)).toHaveLength(2);
    await mkdir(join(projectRoot, 'test/.tmp'), { recursive: true });
    dir = await mkdtemp(join(projectRoot, 'test/.tmp/authoring-'));
    await cp(join(projectRoot, 'content'), join(dir, 'content'), { recursive: true });
    await writeFile(join(dir, 'content/chapters/en/06-calls-then-the-replacement.mdx'), example!);
    const twin = russianTwin('06-calls-then-the-replacement.mdx', example!);
    await writeFile(join(dir, twin.file), twin.content);
    const { errors } = await checkContent(dir);
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});

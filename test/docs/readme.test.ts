import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';

/** The README is the front door: short, with the quick start, and every link from it and from docs/ leads somewhere. */
const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const docs = readdirSync(join(projectRoot, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => join(projectRoot, 'docs', name));
const markdownFiles = [join(projectRoot, 'README.md'), ...docs];

/** The text outside fenced code blocks and inline code, where a link is a link. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(file: string): string[] {
  return [...prose(readFileSync(file, 'utf8')).matchAll(/^#{1,6}\s+(.+)$/gm)].map(([, heading]) => slug(heading!));
}

/** Every relative link in a Markdown file: [text](target), without external URLs and in-page anchors. */
function relativeLinks(file: string): string[] {
  const links = [...prose(readFileSync(file, 'utf8')).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map(([, target]) => target!);
  return links.filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#'));
}

describe('the README', () => {
  it('is at most 170 lines', () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(170);
  });

  it('has the two-command quick start', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
  });

  it('links to every guide in docs/', () => {
    const linked = new Set(relativeLinks(join(projectRoot, 'README.md')).map((target) => target.split('#')[0]));
    const missing = docs.map((file) => relative(projectRoot, file)).filter((path) => !linked.has(path));
    expect(missing).toEqual([]);
  });
});

describe('relative links in README.md and docs/*.md', () => {
  it.each(markdownFiles.map((file) => [relative(projectRoot, file), file] as const))(
    '%s: every one points to a file that exists',
    (_name, file) => {
      const broken = relativeLinks(file).filter((target) => {
        const [path, anchor] = target.split('#') as [string, string | undefined];
        const resolved = join(dirname(file), decodeURIComponent(path));
        if (!existsSync(resolved)) return true;
        if (anchor && statSync(resolved).isFile() && resolved.endsWith('.md')) return !anchorsOf(resolved).includes(anchor);
        return false;
      });
      expect(broken, 'fix or remove these links').toEqual([]);
    },
  );
});

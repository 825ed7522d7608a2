import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forgeUrl, readPublisher } from '../../../src/build/site/publisher.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder, outside any git repository, whose content/publisher.json holds `json`. */
function withPublisher(json: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'publisher-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'content', 'publisher.json'), json);
  return dir;
}

describe('readPublisher', () => {
  it('gives the name, contact and repository the file names', () => {
    const dir = withPublisher(
      '{"name":"A newsroom","contact":"mailto:desk@news.example","repository":"https://git.news.example/explainer"}',
    );
    expect(readPublisher(dir, {})).toEqual({
      name: 'A newsroom',
      contact: 'mailto:desk@news.example',
      repository: 'https://git.news.example/explainer',
    });
  });

  it('fills in the repository the host builds from, and its issues as the contact', () => {
    const dir = withPublisher('{"name":"A newsroom"}');
    expect(readPublisher(dir, { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'news/explainer' })).toEqual({
      name: 'A newsroom',
      repository: 'https://github.com/news/explainer',
      contact: 'https://github.com/news/explainer/issues',
    });
    expect(readPublisher(dir, { REPOSITORY_URL: 'git@gitlab.com:news/explainer.git' }).contact).toBe(
      'https://gitlab.com/news/explainer/issues',
    );
    // Nowhere to learn it from: the name alone (the footer then links About's section on reporting an error).
    expect(readPublisher(dir, {})).toEqual({ name: 'A newsroom' });
  });

  it('names the file and the field of a mistake', () => {
    expect(() => readPublisher(withPublisher('{"name":""}'), {})).toThrow(/^content\/publisher.json: field "name": /);
    expect(() => readPublisher(withPublisher('{"name":"A","contact":"desk at news"}'), {})).toThrow(
      /^content\/publisher.json: field "contact": /,
    );
    expect(() => readPublisher(withPublisher('{"name":"A","email":"a@b.c"}'), {})).toThrow(
      /^content\/publisher.json: Unrecognized key\(s\) in object: 'email'$/,
    );
    expect(() => readPublisher(withPublisher('{"name":'), {})).toThrow(/^content\/publisher.json: .*JSON/);
  });
});

describe('forgeUrl', () => {
  it('reads https and ssh remotes, and ignores a local path', () => {
    expect(forgeUrl('https://github.com/a/b.git')).toBe('https://github.com/a/b');
    expect(forgeUrl('https://token@github.com/a/b')).toBe('https://github.com/a/b');
    expect(forgeUrl('git@github.com:a/b.git')).toBe('https://github.com/a/b');
    expect(forgeUrl('ssh://git@codeberg.org/a/b.git')).toBe('https://codeberg.org/a/b');
    expect(forgeUrl('/work/main')).toBeUndefined();
  });
});

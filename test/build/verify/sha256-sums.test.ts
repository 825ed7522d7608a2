import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSums, sha256Sums } from '../../../src/build/verify/sha256-sums.ts';

const dir = mkdtempSync(join(tmpdir(), 'sums-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'ru'));
writeFileSync(join(dir, 'index.html'), '<p>Hello</p>\n');
writeFileSync(join(dir, 'ru', 'index.html'), '<p>Привет</p>\n');
writeFileSync(join(dir, '.nojekyll'), '');

describe('SHA256SUMS', () => {
  it('lists every file as sha256sum does, sorted, leaving out itself and its signature', async () => {
    writeFileSync(join(dir, 'SHA256SUMS.minisig'), 'a signature\n');
    expect(await sha256Sums(dir)).toBe(
      [
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  .nojekyll',
        '3e9b68b71cc667168399f0bccfb64b2d16314cdc0ed78fac4819aba0dda121a0  index.html',
        '1d4afc99772e4a7d3d743d88ce65dab1843cfdc65cd8e52c36c87a157820026b  ru/index.html',
        '',
      ].join('\n'),
    );
  });

  it('finds a copy that matches, and names each file changed by one byte, added or missing', async () => {
    const manifest = await sha256Sums(dir);
    expect(await checkSums(dir, manifest)).toEqual([]);
    writeFileSync(join(dir, 'ru', 'index.html'), '<p>Привет!</p>\n');
    writeFileSync(join(dir, 'tracker.js'), 'fetch("https://example.com/")\n');
    rmSync(join(dir, '.nojekyll'));
    expect(await checkSums(dir, manifest)).toEqual([
      'ru/index.html: changed since SHA256SUMS was made',
      'tracker.js: not in SHA256SUMS',
      '.nojekyll: listed in SHA256SUMS, but missing',
    ]);
    expect(await checkSums(dir, 'not a manifest\n')).toEqual(['SHA256SUMS: "not a manifest" is not a line of "<sha256>  <path>"']);
  });

  it('refuses a link, which could lead anywhere, and a file name sha256sum would have to escape', async () => {
    const linked = mkdtempSync(join(tmpdir(), 'sums-links-'));
    try {
      writeFileSync(join(linked, 'index.html'), '<p>Hello</p>\n');
      const manifest = await sha256Sums(linked);
      symlinkSync('/etc/hostname', join(linked, 'tracker.js'));
      expect(await checkSums(linked, manifest)).toEqual([
        'tracker.js: not a regular file (a link, or another kind of entry), which no copy of the site holds',
      ]);
      await expect(sha256Sums(linked)).rejects.toThrow(/tracker\.js: not a file/);
      rmSync(join(linked, 'tracker.js'));
      writeFileSync(join(linked, 'two\nlines.html'), '');
      await expect(sha256Sums(linked)).rejects.toThrow(/a file name with a backslash or a line break/);
    } finally {
      rmSync(linked, { recursive: true, force: true });
    }
  });
});

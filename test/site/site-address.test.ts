import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewAddress } from '../../src/build/site/site-address.ts';
import { builtSiteRoot, distFiles } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';

/**
 * A reader takes away absolute URLs: step links, embed codes, citations, QR codes, download footers, handouts. The
 * test builds name no address (test/helpers/fixture-build.ts `withoutAddress`), as a fresh machine would: they must
 * then carry the address `npm start` serves, and never a domain that will not serve the site. (The test run's copy
 * with a sixth chapter is built for a publisher's address under a path: subpath.test.ts checks it.)
 */
const placeholder = /\b(?:[a-z0-9-]+\.)*example\.(?:org|com|net)\b|\.example\//i;

describe('the site, built without SITE_URL', () => {
  it('is built for the address npm start serves', () => {
    expect(`${builtSiteRoot(distDir)}/`).toBe(previewAddress);
  });

  it('prints no placeholder domain into any file a reader can copy, scan or download', () => {
    const files = distFiles(distDir);
    expect(files.length).toBeGreaterThan(100);
    // Every byte of every file, text or not (PNG metadata, PDFs, zips' names): as latin1, a URL's ASCII is itself.
    const found = files.flatMap((file) => {
      const match = placeholder.exec(readFileSync(join(distDir, file)).toString('latin1'));
      return match ? [`${file}: ${match[0]}`] : [];
    });
    expect(found).toEqual([]);
  });
});

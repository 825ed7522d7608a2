import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewAddress } from '../../src/build/site/site-address.ts';
import { builtSites } from '../helpers/built-sites.ts';
import { builtSiteRoot, distFiles } from '../helpers/dist.ts';

/**
 * A reader takes away absolute URLs: step links, embed codes, citations, QR codes, download footers, handouts. The
 * test builds name no address (test/helpers/fixture-build.ts `withoutAddress`), as a fresh machine would: they must
 * then carry the address `npm start` serves, and never a domain that will not serve the site.
 */
const placeholder = /\b(?:[a-z0-9-]+\.)*example\.(?:org|com|net)\b|\.example\//i;

describe.each(builtSites())('$name, built without SITE_URL', (built) => {
  it('is built for the address npm start serves', () => {
    expect(`${builtSiteRoot(built.dist)}/`).toBe(previewAddress);
  });

  it('prints no placeholder domain into any file a reader can copy, scan or download', () => {
    const files = distFiles(built.dist);
    expect(files.length).toBeGreaterThan(100);
    // Every byte of every file, text or not (PNG metadata, PDFs, zips' names): as latin1, a URL's ASCII is itself.
    const found = files.flatMap((file) => {
      const match = placeholder.exec(readFileSync(join(built.dist, file)).toString('latin1'));
      return match ? [`${file}: ${match[0]}`] : [];
    });
    expect(found).toEqual([]);
  });
});

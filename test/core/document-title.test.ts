import { describe, expect, it } from 'vitest';
import { documentTitle, TITLE_LENGTH } from '../../src/core/document-title.ts';
import { site } from '../../src/core/site.ts';

describe('documentTitle', () => {
  it('names the page, then the site', () => {
    expect(documentTitle('About')).toBe(`About · ${site.name}`);
  });

  it('is the site’s name alone on the home page', () => {
    expect(documentTitle(site.name)).toBe(site.name);
  });

  it('drops the site’s name where both would pass 70 characters, keeping what tells the page apart', () => {
    const heading = 'Internet controls and responses, 2022';
    expect(`${heading} · ${site.name}`.length).toBeGreaterThan(TITLE_LENGTH);
    expect(documentTitle(heading)).toBe(heading);
  });
});

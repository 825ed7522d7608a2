import { describe, expect, it } from 'vitest';
import { citation, citationText, titleCase } from '../../src/core/citation.ts';

const site = 'Russia’s digital sovereignty, explained';
const chapter = { site, title: 'Who talks on what', url: 'https://example.org/chapters/who-talks-on-what/', currentTo: '2026-04-10' };
const step = { ...chapter, step: 3, url: `${chapter.url}#reach-july-2025-vk-messenger` };

describe('citations', () => {
  it('APA: the site as author, date, italic title, URL', () => {
    expect(citationText('APA', chapter)).toBe(
      'Russia’s digital sovereignty, explained. (2026, April 10). Who talks on what. https://example.org/chapters/who-talks-on-what/',
    );
    expect(citation('APA', chapter).find((p) => p.italic)?.text).toBe('Who talks on what');
  });

  it('APA for a step names the step and keeps its #id in the URL', () => {
    expect(citationText('APA', step)).toBe(
      'Russia’s digital sovereignty, explained. (2026, April 10). Who talks on what, step 3 [Graphic]. https://example.org/chapters/who-talks-on-what/#reach-july-2025-vk-messenger',
    );
  });

  it('MLA: quoted title in title case, italic site, abbreviated month, URL without scheme', () => {
    expect(citationText('MLA', step)).toBe(
      '“Who Talks on What, Step 3.” Russia’s Digital Sovereignty, Explained, 10 Apr. 2026, example.org/chapters/who-talks-on-what/#reach-july-2025-vk-messenger.',
    );
    expect(citation('MLA', step).find((p) => p.italic)?.text).toBe('Russia’s Digital Sovereignty, Explained');
  });

  it('Chicago: title, site, "current to" date, full URL', () => {
    expect(citationText('Chicago', chapter)).toBe(
      '“Who Talks on What.” Russia’s Digital Sovereignty, Explained. Current to April 10, 2026. https://example.org/chapters/who-talks-on-what/.',
    );
  });

  it('cites a date known only to the month or year as precisely as it is known', () => {
    expect(citationText('APA', { ...chapter, currentTo: '2026-04' })).toContain('(2026, April)');
    expect(citationText('MLA', { ...chapter, currentTo: '2026' })).toContain(', 2026, example.org');
    expect(citationText('Chicago', { ...chapter, currentTo: '2026-04' })).toContain('Current to April 2026.');
    expect(() => citationText('APA', { ...chapter, currentTo: '10 April 2026' })).toThrow(/YYYY-MM-DD/);
  });

  it('title case keeps short function words low, except first and last', () => {
    expect(titleCase('The call that didn’t connect')).toBe('The Call That Didn’t Connect');
    expect(titleCase('A country on its phones')).toBe('A Country on Its Phones');
    expect(titleCase('a decade of closing doors')).toBe('A Decade of Closing Doors');
    expect(titleCase('what it runs on')).toBe('What It Runs On');
  });
});

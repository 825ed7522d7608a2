import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { accessDate } from '../../../src/core/access-date.ts';
import { citationStyles } from '../../../src/build/cite/citation-styles.ts';
import { accessedPlaceholder, formatCitation } from '../../../src/build/cite/format-citation.ts';

const context = { site: 'Russia’s digital sovereignty, explained', publisher: 'The Example Newsroom' };
const chapter = {
  slug: 'who-talks-on-what',
  title: 'Who talks on what',
  url: 'https://example.org/chapters/who-talks-on-what/',
  updated: '2026-11-29',
};
const step = { ...chapter, graphic: 'Monthly reach of messengers in Russia', url: `${chapter.url}#reach-july-2025-vk-messenger` };

/** The cited day as each style prints it. */
const updated = { APA: '(2026, November 29)', MLA: '29 Nov. 2026', Chicago: 'November 29, 2026' } as const;

describe('citations formatted with the official CSL styles', () => {
  it.each(citationStyles.map((s) => s.name))('%s: title, publisher, last-updated date and URL', (name) => {
    const { text } = formatCitation(name, chapter, context);
    expect(text).toMatch(/Who talks on what/i);
    expect(text).toContain('The Example Newsroom');
    expect(text).toContain(updated[name]);
    expect(text).toContain(chapter.url);
    expect(text).not.toMatch(/Current to|</);
  });

  it('APA: the publisher as author, the day, the title in italics, the site, the URL, and no retrieval date for a dated page', () => {
    expect(formatCitation('APA', chapter, context).html).toBe(
      'The Example Newsroom. (2026, November 29). <i>Who talks on what</i>. Russia’s Digital Sovereignty, Explained. https://example.org/chapters/who-talks-on-what/',
    );
  });

  it('MLA: the title in quotation marks, the site in italics, the publisher, the day, the URL and the access date to fill in', () => {
    expect(formatCitation('MLA', chapter, context).html).toBe(
      '“Who Talks on What.” <i>Russia’s Digital Sovereignty, Explained</i>, The Example Newsroom, 29 Nov. 2026, https://example.org/chapters/who-talks-on-what/. Accessed [date].',
    );
    expect(formatCitation('MLA', chapter, context).accessed).toBe(true);
    expect(formatCitation('APA', chapter, context).accessed).toBe(false);
  });

  it('Chicago (notes and bibliography, with access dates): the title in quotation marks, the site in roman, the access date before the URL', () => {
    expect(formatCitation('Chicago', chapter, context).text).toBe(
      `The Example Newsroom. “Who Talks on What.” Russia’s Digital Sovereignty, Explained, November 29, 2026. Accessed ${accessedPlaceholder}. https://example.org/chapters/who-talks-on-what/.`,
    );
  });

  it('titles a step’s graphic by its own title, as a chart, with the step’s #id in the URL', () => {
    for (const { name } of citationStyles) {
      const { html, text } = formatCitation(name, step, context);
      expect(text).toMatch(/Monthly reach of messengers in Russia/i);
      expect(text).toMatch(/\[Chart\]|Chart\./);
      expect(text).toContain(step.url);
      expect(text).not.toMatch(/\bstep\b/i);
      expect(html).not.toContain('step');
    }
    expect(formatCitation('APA', step, context).html).toContain('<i>Monthly reach of messengers in Russia</i> [Chart]');
    expect(formatCitation('MLA', step, context).html).toContain('“Monthly Reach of Messengers in Russia.” Chart. <i>Russia’s Digital');
  });

  it('cites a chapter never updated as undated, with the access date where each style asks for it', () => {
    const undated = { ...chapter, updated: undefined };
    expect(formatCitation('APA', undated, context).text).toContain(
      `(n.d.). Who talks on what. Russia’s Digital Sovereignty, Explained. Retrieved ${accessedPlaceholder}, from https://`,
    );
    expect(formatCitation('APA', undated, context).html).toContain('Retrieved [date], from');
    expect(formatCitation('APA', undated, context).accessed).toBe(true);
    expect(formatCitation('MLA', undated, context).text.match(/Accessed/g)).toHaveLength(1);
    expect(formatCitation('Chicago', undated, context).text).toContain(`Accessed ${accessedPlaceholder}.`);
  });

  it('escapes a title’s markup characters in the HTML and keeps them in the text', () => {
    const { html, text } = formatCitation('APA', { ...chapter, title: 'Calls & <apps>' }, context);
    expect(html).toContain('<i>Calls &#38; &#60;apps&#62;</i>');
    expect(text).toContain('Calls & <apps>.');
  });

  it('fills in the access date as each CSL style prints one, for every month', () => {
    for (let month = 0; month < 12; month++) {
      const day = new Date(2027, month, 9);
      const item = {
        id: 'x',
        type: 'webpage',
        title: 'X',
        URL: 'https://example.org/',
        accessed: { 'date-parts': [[2027, month + 1, 9]] },
      };
      const printed = (template: string) => new Cite(item).format('bibliography', { template, lang: 'en-US', format: 'text' }) as string;
      expect(printed('site-mla-9')).toContain(`Accessed ${accessDate(day, true)}.`);
      expect(printed('site-chicago-18-nb-access-dates')).toContain(`Accessed ${accessDate(day)}.`);
      expect(printed('site-apa-7')).toContain(`Retrieved ${accessDate(day)}, from`);
    }
  });
});

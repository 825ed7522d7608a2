import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { accessDate } from '../../../src/core/access-date.ts';
import { citationStylesIn } from '../../../src/build/cite/citation-styles.ts';
import { accessedPlaceholder, formatCitation } from '../../../src/build/cite/format-citation.ts';

const context = { site: 'Russia’s digital sovereignty, explained', publisher: 'The Example Newsroom' };
const chapter = {
  slug: 'who-talks-on-what',
  title: 'Who talks on what',
  locale: 'en',
  url: 'https://example.org/chapters/who-talks-on-what/',
  updated: '2026-11-29',
} as const;
const step = { ...chapter, graphic: 'Monthly reach of messengers in Russia', url: `${chapter.url}#reach-july-2025-vk-messenger` };

/** The cited day as each style prints it. */
const updated = { ГОСТ: '2026. 29\u00a0нояб.', APA: '(2026, November 29)', MLA: '29 Nov. 2026', Chicago: 'November 29, 2026' } as const;

describe('citations formatted with the official CSL styles', () => {
  it.each(citationStylesIn('en').map((s) => s.name))('%s: title, publisher, last-updated date and URL', (name) => {
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
      `The Example Newsroom. “Who Talks on What.” Russia’s Digital Sovereignty, Explained, November 29, 2026. Accessed ${accessedPlaceholder('en')}. https://example.org/chapters/who-talks-on-what/.`,
    );
  });

  it('titles a step’s graphic by its own title, as a chart, with the step’s #id in the URL', () => {
    for (const { name } of citationStylesIn('en')) {
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

  const russian = {
    ...chapter,
    title: 'Кто в каком мессенджере',
    locale: 'ru',
    url: 'https://example.org/ru/chapters/who-talks-on-what/',
  } as const;
  const russianContext = { ...context, site: '«Цифровой суверенитет» России: объяснение' };

  it('ГОСТ Р 7.0.5-2008: the title as an electronic resource, the site, the year and day, the URL and the access date to fill in', () => {
    const { text, html, accessed } = formatCitation('ГОСТ', russian, russianContext);
    expect(text).toBe(
      'Кто в каком мессенджере [Электронный ресурс] // «Цифровой суверенитет» России: объяснение : [сайт]. 2026. 29\u00a0нояб. ' +
        'URL: https://example.org/ru/chapters/who-talks-on-what/ (дата обращения: [дата]).',
    );
    expect(html).toBe(text);
    expect(accessed).toBe(true);
    const graphic = { ...russian, graphic: 'Месячный охват мессенджеров в России', url: `${russian.url}#reach-july-2025-vk-messenger` };
    expect(formatCitation('ГОСТ', graphic, russianContext).text).toMatch(
      /^Месячный охват мессенджеров в России \[Электронный ресурс\] : \[график\] \/\/ .* URL: \S+#reach-july-2025-vk-messenger \(/,
    );
    expect(formatCitation('ГОСТ', { ...russian, updated: undefined }, russianContext).text).toContain(': [сайт]. URL: ');
  });

  it('offers ГОСТ first in the Russian edition, and only there', () => {
    expect(citationStylesIn('ru').map((s) => s.name)).toEqual(['ГОСТ', 'APA', 'MLA', 'Chicago']);
    expect(citationStylesIn('en').map((s) => s.name)).toEqual(['APA', 'MLA', 'Chicago']);
  });

  it('ГОСТ: gives each month as GOST 7.12 abbreviates it in a date (the area’s full stop after a month in full), and the access date as DD.MM.YYYY', () => {
    const months = ['янв.', 'февр.', 'марта', 'апр.', 'мая', 'июня', 'июля', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];
    for (const [i, month] of months.entries()) {
      const day = `2026-${String(i + 1).padStart(2, '0')}-09`;
      expect(formatCitation('ГОСТ', { ...russian, updated: day }, russianContext).text).toContain(
        `. 2026. 9\u00a0${month.replace(/[^.]$/, '$&.')} URL:`,
      );
    }
    expect(accessDate(new Date(2027, 0, 9), 'gost')).toBe('09.01.2027');
  });

  it('cites a chapter never updated as undated, with the access date where each style asks for it', () => {
    const undated = { ...chapter, updated: undefined };
    expect(formatCitation('APA', undated, context).text).toContain(
      `(n.d.). Who talks on what. Russia’s Digital Sovereignty, Explained. Retrieved ${accessedPlaceholder('en')}, from https://`,
    );
    expect(formatCitation('APA', undated, context).html).toContain('Retrieved [date], from');
    expect(formatCitation('APA', undated, context).accessed).toBe(true);
    expect(formatCitation('MLA', undated, context).text.match(/Accessed/g)).toHaveLength(1);
    expect(formatCitation('Chicago', undated, context).text).toContain(`Accessed ${accessedPlaceholder('en')}.`);
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
      expect(printed('site-mla-9')).toContain(`Accessed ${accessDate(day, 'mla')}.`);
      expect(printed('site-chicago-18-nb-access-dates')).toContain(`Accessed ${accessDate(day, 'us')}.`);
      expect(printed('site-apa-7')).toContain(`Retrieved ${accessDate(day, 'us')}, from`);
      expect(printed('site-gost-r-7-0-5-2008-web')).toContain(`(дата обращения: ${accessDate(day, 'gost')})`);
    }
  });
});

import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { articleJsonLd, citationMetaTags, jsonForScript } from '../../../src/build/cite/citation-meta.ts';
import { referenceFile } from '../../../src/build/cite/reference-files.ts';

const context = { site: 'Russia’s digital sovereignty, explained', publisher: 'The Example Newsroom' };
const chapter = {
  slug: 'the-call-that-didnt-connect',
  title: 'The call that didn’t connect',
  locale: 'en',
  url: 'https://example.org/chapters/x/',
  updated: '2026-12-03',
} as const;

describe('a chapter’s reference files', () => {
  it.each(['bibtex', 'ris'] as const)(
    '%s parses back to the title, publisher, URL and last-updated date, with no access date',
    (format) => {
      const file = referenceFile(format, chapter, context);
      const [item] = new Cite(file).data;
      expect(item).toMatchObject({
        title: chapter.title,
        publisher: 'The Example Newsroom',
        URL: chapter.url,
        issued: { 'date-parts': [[2026, 12, 3]] },
      });
      expect(item).not.toHaveProperty('accessed');
    },
  );

  it.each(['bibtex', 'ris'] as const)('%s of a Russian chapter keeps its title in Cyrillic, and its address', (format) => {
    const russian = { ...chapter, title: 'Звонок, который не прошёл', locale: 'ru', url: 'https://example.org/ru/chapters/x/' } as const;
    const [item] = new Cite(referenceFile(format, russian, context)).data;
    expect(item).toMatchObject({ title: russian.title, URL: russian.url });
    if (format === 'ris') expect(item).toMatchObject({ language: 'ru' });
    // The English file stays in ASCII, as BibTeX without Unicode support reads it.
    if (format === 'bibtex') expect(referenceFile(format, chapter, context)).toMatch(/^[\t\n -~]*$/);
  });

  it('keys the BibTeX entry by the chapter, in characters BibTeX accepts', () => {
    expect(referenceFile('bibtex', chapter, context)).toMatch(/^@misc\{the_call_that_didnt_connect,\n/);
  });
});

describe('a chapter’s metadata for reference managers', () => {
  it('gives citation_* tags with the publication date as Highwire writes it, and DC.type for Zotero', () => {
    expect(Object.fromEntries(citationMetaTags(chapter, context))).toEqual({
      citation_title: chapter.title,
      citation_publisher: 'The Example Newsroom',
      citation_publication_date: '2026/12/03',
      citation_public_url: chapter.url,
      citation_language: 'en',
      'DC.type': 'webpage',
    });
    expect(citationMetaTags({ ...chapter, updated: undefined }, context).map(([name]) => name)).not.toContain('citation_publication_date');
  });

  it('writes JSON-LD that no text can break out of', () => {
    const json = jsonForScript(articleJsonLd({ ...chapter, title: 'A </script> title' }, context));
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toMatchObject({ '@type': 'Article', headline: 'A </script> title', dateModified: '2026-12-03' });
  });
});

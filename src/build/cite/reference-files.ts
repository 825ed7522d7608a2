import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { buildContext, cslItem, type CitationContext } from './csl-item.ts';
import type { CitationInput } from './citation-input.ts';
import { localePath, type Locale } from '../../core/locale.ts';

/**
 * Site paths of a chapter's reference files in an edition, each citing that edition's page (before the deploy base;
 * pass them through `url` or `absoluteUrl`).
 */
export const referenceFilePaths = (slug: string, locale: Locale = 'en'): Record<'bib' | 'ris', string> => ({
  bib: localePath(locale, `/downloads/cite/${slug}.bib`),
  ris: localePath(locale, `/downloads/cite/${slug}.ris`),
});

/**
 * A chapter's reference as a BibTeX entry (`@misc`, with its URL; read by Zotero, Mendeley, JabRef and LaTeX) or as
 * an RIS record (`ELEC`, a web page; read by Zotero, EndNote and school citation tools), written by citation-js from
 * the same CSL item as the formatted citations. No access date: a reference manager records the day it was saved.
 */
export function referenceFile(
  format: 'bibtex' | 'ris',
  input: CitationInput,
  context: CitationContext = buildContext(input.locale),
): string {
  const cite = new Cite(cslItem(input, context, false));
  if (format === 'bibtex') {
    // citation-js writes BibTeX in ASCII by default, with LaTeX for the letters it knows, and drops the rest: Cyrillic
    // among them. A Russian reference is written in UTF-8 instead, which Zotero, JabRef, biber and Unicode LaTeX read.
    const options = plugins.config.get('@bibtex').format;
    options.asciiOnly = input.locale === 'en';
    try {
      return `${cite.format('bibtex', { format: 'text' }).trim()}\n`;
    } finally {
      options.asciiOnly = true;
    }
  }
  // citation-js writes RIS values broken every 70 characters, mid-word and mid-address, which Zotero joins back with a
  // space; so its RIS fields are written here one a line, whole (RIS allows 255 characters a line).
  type RisRecord = Record<string, string | number | (string | number)[]>;
  const [record] = cite.format('ris', { format: 'object' }) as unknown as RisRecord[];
  // Its mapping of a web page leaves out the site; T2, the secondary title, is where Zotero and EndNote read it.
  const { TY, ...fields }: RisRecord = { T2: context.site, ...record };
  const lines = Object.entries(fields).flatMap(([tag, values]) => [values].flat().map((value) => `${tag}  - ${value}`));
  return [`TY  - ${TY}`, ...lines, 'ER  - ', ''].join('\n');
}

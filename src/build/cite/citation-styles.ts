import apa from './styles/apa.csl?raw';
import mla from './styles/modern-language-association.csl?raw';
import chicago from './styles/chicago-notes-bibliography-access-dates.csl?raw';
import gost from './styles/gost-r-7-0-5-2008-web.csl?raw';
import type { AccessDateForm } from '../../core/access-date.ts';
import type { Locale } from '../../core/locale.ts';

/**
 * The citation styles offered, in the order they are shown: the official CSL styles in ./styles/ (see its README),
 * and the site's own for GOST R 7.0.5-2008, the Russian standard for references, which the Russian edition shows first.
 * Chicago is its notes-and-bibliography system (18th edition), the one taught for history and the humanities, as a
 * bibliography entry, in the official variant that gives an access date for online sources (CMOS 13.15).
 */
export const citationStyles = [
  {
    name: 'ГОСТ',
    /** The name the style is registered under with citation-js (not one of its built-in templates). */
    template: 'site-gost-r-7-0-5-2008-web',
    csl: gost,
    /** How the style prints the day a page was accessed (src/core/access-date.ts). */
    accessed: 'gost',
    /** Whether the site adds the access date where the CSL style leaves it out (for a dated page). */
    addAccessed: false,
    /** The editions that offer it. */
    editions: ['ru'],
  },
  { name: 'APA', template: 'site-apa-7', csl: apa, accessed: 'us', addAccessed: false, editions: ['en', 'ru'] },
  // MLA 9 gives the access date as an optional last element, recommended for pages that change (MLA Handbook 5.111);
  // its CSL style prints it only for undated pages, so the site adds it to dated ones.
  { name: 'MLA', template: 'site-mla-9', csl: mla, accessed: 'mla', addAccessed: true, editions: ['en', 'ru'] },
  {
    name: 'Chicago',
    template: 'site-chicago-18-nb-access-dates',
    csl: chicago,
    accessed: 'us',
    addAccessed: false,
    editions: ['en', 'ru'],
  },
] as const satisfies readonly {
  name: string;
  template: string;
  csl: string;
  accessed: AccessDateForm;
  addAccessed: boolean;
  editions: readonly Locale[];
}[];

export type CitationStyle = (typeof citationStyles)[number]['name'];

/** The styles an edition offers, in the order it shows them. */
export const citationStylesIn = (locale: Locale) =>
  citationStyles.filter((style) => (style.editions as readonly Locale[]).includes(locale));

import apa from './styles/apa.csl?raw';
import mla from './styles/modern-language-association.csl?raw';
import chicago from './styles/chicago-notes-bibliography-access-dates.csl?raw';

/**
 * The citation styles offered, in the order they are shown: the official CSL styles in ./styles/ (see its README).
 * Chicago is its notes-and-bibliography system (18th edition), the one taught for history and the humanities, as a
 * bibliography entry, in the official variant that gives an access date for online sources (CMOS 13.15).
 */
export const citationStyles = [
  {
    name: 'APA',
    /** The name the style is registered under with citation-js (not one of its built-in templates). */
    template: 'site-apa-7',
    csl: apa,
    /** How the style prints the day a page was accessed (src/core/access-date.ts). */
    mlaDates: false,
    /** Whether the site adds the access date where the CSL style leaves it out (for a dated page). */
    addAccessed: false,
  },
  // MLA 9 gives the access date as an optional last element, recommended for pages that change (MLA Handbook 5.111);
  // its CSL style prints it only for undated pages, so the site adds it to dated ones.
  { name: 'MLA', template: 'site-mla-9', csl: mla, mlaDates: true, addAccessed: true },
  { name: 'Chicago', template: 'site-chicago-18-nb-access-dates', csl: chicago, mlaDates: false, addAccessed: false },
] as const;

export type CitationStyle = (typeof citationStyles)[number]['name'];

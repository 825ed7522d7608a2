/** The little of citation-js (https://citation.js.org/, no types of its own) that src/build/cite/ uses. */
declare module '@citation-js/core' {
  /** A CSL-JSON item, or an array of them, or a BibTeX or RIS file to parse. */
  type CiteInput = object | object[] | string;

  export class Cite {
    constructor(data: CiteInput, options?: Record<string, unknown>);
    /** The items, as CSL-JSON. */
    data: Record<string, unknown>[];
    format(format: 'bibliography', options: Record<string, unknown>): string | [string, string][];
    format(format: 'bibtex' | 'biblatex' | 'ris' | 'data', options?: Record<string, unknown>): string;
  }

  export const plugins: {
    /** The output formats' plugins: `bibliography` formats CSL-JSON items with a CSL style. */
    output: { format(format: 'bibliography', data: object[], options: Record<string, unknown>): string | [string, string][] };
    config: {
      get(plugin: '@csl'): { templates: { add(name: string, xml: string): void; has(name: string): boolean } };
      get(plugin: '@bibtex'): { format: Record<string, unknown> };
    };
  };
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';

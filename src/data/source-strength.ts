import type { Source } from './schemas.ts';
import { isOriginal } from './source-credit.ts';

/** How the cited statements of a chapter are backed, from strongest to weakest. */
export interface SourceStrength {
  /** Cited statements in the chapter's text. */
  readonly statements: number;
  /** Statements with at least one original or official source. */
  readonly original: number;
  /** Statements backed only by copies of an original's text (wire copies). */
  readonly copies: number;
  /** Statements backed only by mirrors or aggregators' reports. */
  readonly secondHand: number;
}

/**
 * Sorts each cited statement (one `<Cite>`, with all the sources it names) by its strongest source: an original or
 * official page, else a wire copy, else a mirror or an aggregator's report.
 */
export function sourceStrength(cited: readonly (readonly string[])[], sources: ReadonlyMap<string, Pick<Source, 'kind'>>): SourceStrength {
  let original = 0;
  let copies = 0;
  for (const ids of cited) {
    const kinds = ids.map((id) => {
      const source = sources.get(id);
      if (!source) throw new Error(`source "${id}" does not exist in sources.json`);
      return source;
    });
    if (kinds.some(isOriginal)) original += 1;
    else if (kinds.some((s) => s.kind === 'wire-copy')) copies += 1;
  }
  return { statements: cited.length, original, copies, secondHand: cited.length - original - copies };
}

import type { ContentError } from '../../data/content-error.ts';

/**
 * What the build says about the content's mistakes: a count, then every mistake on its own line
 * (`file[:line:column]: where: what is wrong`), then what could not be checked. One text, so the build and the tests
 * that check it say the same thing.
 */
export function contentReport(errors: readonly ContentError[], skipped?: string): string {
  const count = errors.length === 1 ? 'a mistake' : `${errors.length} mistakes`;
  const lines = [
    `The content has ${count}; fix ${errors.length === 1 ? 'it' : 'them'} and build again:`,
    ...errors.map((e) => `  ${e.message}`),
  ];
  return [...lines, ...(skipped ? [skipped] : [])].join('\n');
}

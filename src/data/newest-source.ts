import type { Source } from './schemas.ts';

/** The newest publication date among the sources (YYYY-MM-DD, YYYY-MM or YYYY), ignoring undated pages. */
export function newestSourceDate(sources: readonly Pick<Source, 'date'>[]): string {
  const dated = sources.map((s) => s.date).filter((d) => d !== 'n.d.');
  if (dated.length === 0) throw new Error('sources.json has no dated source');
  return dated.reduce((a, b) => (b > a ? b : a));
}

import type { Correction } from './schemas.ts';

/** The newest correction to a chapter (by slug), or undefined when it has none. */
export function lastCorrection(corrections: readonly Correction[], chapter: string): Correction | undefined {
  return corrections
    .filter((c) => c.chapter === chapter)
    .reduce<Correction | undefined>((a, b) => (!a || b.date > a.date ? b : a), undefined);
}

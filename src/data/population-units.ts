/** How many people one square stands for. */
export const PEOPLE_PER_UNIT = 1_000_000;

/**
 * The rounding rule: a count of people becomes whole squares of one million, rounded to the nearest million with
 * halves rounded up. 146,028,325 → 146; 97.3 M → 97; 90.8 M → 91; 17.9 M → 18. A bound ("over 97 M") is drawn at
 * its stated value.
 */
export function unitsFor(people: number): number {
  return Math.floor(people / PEOPLE_PER_UNIT + 0.5);
}

/**
 * The step the reader is on, from where the steps are now: the last step whose top edge has crossed the trigger
 * line. -1 when the reader is above the first step. Derived from positions alone, so no sequence of fast scrolls,
 * reloads or resizes can leave it stale.
 * @param tops each step's top edge relative to the viewport, in document order (CSS px)
 * @param trigger the trigger line's distance from the top of the viewport (CSS px)
 */
export function activeStepIndex(tops: readonly number[], trigger: number): number {
  let active = -1;
  tops.forEach((top, index) => {
    if (top <= trigger) active = index;
  });
  return active;
}

/**
 * Short links a student can type from a projector: `/s/4/` opens chapter 4 and `/s/4-4/` its fourth step. They are
 * built from the chapter's number in the story and the step's number within its chapter (as "Chapter 4 · step 4 of
 * 8" counts them), so they change when chapters are renumbered or steps are added before another; the step ids stay
 * the lasting links. Pass a path through `url` or `absoluteUrl`.
 */
export function shortLinkPath(chapter: number, step?: number): string {
  return `/s/${shortLinkCode(chapter, step)}/`;
}

/** The last segment of a short link: "4" for chapter 4, "4-4" for its fourth step. */
export function shortLinkCode(chapter: number, step?: number): string {
  const counted = (n: number, what: string) => {
    if (!Number.isInteger(n) || n < 1) throw new Error(`shortLinkPath: the ${what} number must be a whole number from 1, not ${n}`);
    return String(n);
  };
  return step === undefined ? counted(chapter, 'chapter') : `${counted(chapter, 'chapter')}-${counted(step, 'step')}`;
}

/**
 * An absolute address as a reader types it: without "https://" (browsers add it) and without "www.", e.g.
 * "example.org/explainer/s/4-4/".
 */
export function typedAddress(absolute: string): string {
  const address = new URL(absolute);
  return `${address.host.replace(/^www\./, '')}${address.pathname}${address.search}${address.hash}`;
}

/**
 * The day a reader accessed a page, as the site's CSL styles print it: "December 5, 2026" (APA, Chicago) or
 * "5 Dec. 2026" (MLA; every month but May cut to three letters, as the CSL style's English locale does). Shared by the
 * copy button, which puts in the day a reader copies a citation, and by the tests, which check it against the styles.
 */
export function accessDate(day: Date, mla?: boolean): string {
  const long = day.toLocaleDateString('en-US', { dateStyle: 'long' });
  return mla ? long.replace(/^(\w{3})\w+/, '$1.').replace(/(\S+) (\d+), /, '$2 $1 ') : long;
}

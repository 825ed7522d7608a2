/**
 * The forms in which the site's citation styles print the day a reader accessed a page: "December 5, 2026" (APA,
 * Chicago), "5 Dec. 2026" (MLA; every month but May cut to three letters, as the CSL style's English locale does) and
 * "05.12.2026" (GOST R 7.0.5-2008's "дата обращения").
 */
export type AccessDateForm = 'us' | 'mla' | 'gost';

/**
 * The day a reader accessed a page, as the site's CSL styles print it in `form`. Shared by the copy button, which puts
 * in the day a reader copies a citation, and by the tests, which check it against the styles.
 */
export function accessDate(day: Date, form: AccessDateForm): string {
  if (form === 'gost') return day.toLocaleDateString('ru');
  const long = day.toLocaleDateString('en-US', { dateStyle: 'long' });
  return form === 'mla' ? long.replace(/^(\w{3})\w+/, '$1.').replace(/(\S+) (\d+), /, '$2 $1 ') : long;
}

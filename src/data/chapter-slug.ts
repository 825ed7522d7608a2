/**
 * A chapter's URL slug from its entry id: the file name without the order prefix, so "02-who-talks-on-what"
 * becomes "who-talks-on-what". Reordering chapters therefore never breaks a link.
 */
export function chapterSlug(entryId: string): string {
  return entryId.replace(/^\d+-/, '');
}

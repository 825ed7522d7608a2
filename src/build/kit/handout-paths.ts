import { localePath, type Locale } from '../../core/locale.ts';

/**
 * Site paths of a chapter's handout pages besides the handout itself (`handoutPath` and `qrPath` in chapter-kit.ts);
 * pass them through `url` or `absoluteUrl`.
 */

/** The printable list of every source the chapter cites, each with its full URL: the handout's optional third page. */
export const handoutSourcesPath = (slug: string) => `/handout/${slug}/sources/`;

/** The QR code that opens the chapter's section of the sources page. */
export const sourcesQrPath = (slug: string) => `/handout/${slug}/sources-qr.svg`;

/** The id of a chapter's section on /sources/, which the handout's sources QR code and links open. */
export const chapterSourcesAnchor = (slug: string) => `sources-${slug}`;

/** A chapter's section of its edition's sources page, as a path and an id: spread it into `url` or `absoluteUrl`. */
export const chapterSourcesSection = (slug: string, locale: Locale): [path: string, id: string] => [
  localePath(locale, '/sources/'),
  chapterSourcesAnchor(slug),
];

import { fill } from '../../core/fill.ts';
import { listProse } from '../../core/format.ts';
import { defaultLocale, type Locale } from '../../core/locale.ts';
import { siteWords } from '../../data/site-words.ts';

/** The licence of the site's own text, graphics and data; the code is MIT (LICENSE), this is LICENSE-CONTENT. */
export const contentLicence = {
  /** Short name, as printed on every download and embed. */
  name: 'CC BY 4.0',
  /** The licence's canonical deed. */
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The credit line baked into every download and embed: "CC BY 4.0 · <site name>". */
export function licenceLine(siteName: string): string {
  return `${contentLicence.name} · ${siteName}`;
}

/**
 * The credit every download carries, naming the publisher, in the words of `locale`'s edition: "CC BY 4.0 · <site
 * name> · published by <publisher>".
 */
export function creditLine(siteName: string, publisherName: string, locale: Locale = defaultLocale): string {
  return fill(siteWords(locale)['download.credit'], { licence: contentLicence.name, site: siteName, publisher: publisherName });
}

/** What LICENSE-CONTENT excepts from the licence, in the words of `locale`'s edition; every data download repeats it. */
export function licenceExceptions(locale: Locale = defaultLocale): string[] {
  const words = siteWords(locale);
  return [words['licence.exception.quotes'], words['licence.exception.thirdParty'], words['licence.exception.names']];
}

/**
 * The licence column of a row whose figure is a third party's, in the words of `locale`'s edition: "Excepted:
 * Mediascope’s figure, not licensed by us".
 */
export function exceptedFigure(owner: string, locale: Locale = defaultLocale): string {
  return fill(siteWords(locale)['data.licence.excepted'], { owner });
}

/**
 * The licence of one downloaded row, as its `licence` and `licence_url` columns state it: the site's own data are
 * CC BY 4.0; a row that reports a third party's figure (Mediascope's monthly reach) is excepted, and links to where
 * the site says so (the About page's licence section).
 */
export function rowLicence(
  figureOwner: string | undefined,
  exceptionsUrl: string,
  locale: Locale = defaultLocale,
): { licence: string; licence_url: string } {
  return figureOwner
    ? { licence: exceptedFigure(figureOwner, locale), licence_url: exceptionsUrl }
    : { licence: contentLicence.name, licence_url: contentLicence.url };
}

/**
 * Under a graphic that draws third parties' figures, in the words of `locale`'s edition: "Mediascope’s figures are
 * theirs, not under CC BY 4.0."
 */
export function exceptedFiguresLine(owners: readonly string[], locale: Locale = defaultLocale): string | undefined {
  if (owners.length === 0) return undefined;
  const words = siteWords(locale);
  const named = listProse(
    owners.map((owner) => fill(words['download.owner'], { owner })),
    locale,
  );
  return fill(words['download.excepted'], { owners: named, licence: contentLicence.name });
}

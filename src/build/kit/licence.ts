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

/**
 * Who publishes this copy of the site and how to reach them, from content/publisher.json (read at build time by
 * src/build/site/publisher.ts and set here by astro.config.mjs). Footers, About, credit lines, citations, embeds and
 * downloads all name it.
 */
export interface Publisher {
  /** As a credit line names them. */
  readonly name: string;
  /** Where readers report an error: a mailto: address or a page. */
  readonly contact?: string;
  /** The source repository. */
  readonly repository?: string;
}

declare const __SITE_PUBLISHER__: Publisher | undefined;

/** The publisher of this build; outside a build (unit tests), a name only. */
export const publisher: Publisher = typeof __SITE_PUBLISHER__ === 'object' ? __SITE_PUBLISHER__ : { name: 'The publisher' };

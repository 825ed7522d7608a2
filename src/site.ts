import { url } from './url.ts';

/** Facts about the site itself, used by the page shell, feeds and social cards. */
export const site = {
  /** The site's name, after each page title. */
  name: 'Russia’s digital sovereignty, explained',
  /** One sentence for the home page and link previews. */
  description:
    'How Russia moved from blocking single websites to restricting WhatsApp and Telegram calls, and what its “digital sovereignty” push builds in their place.',
} as const;

/** Where a citation of `sourceId` in `chapter` points: that source's entry in the chapter's group on /sources/. */
export function sourceHref(chapter: string, sourceId: string): string {
  return url('/sources/', sourceAnchor(chapter, sourceId));
}

/** The id of a source's entry in a chapter's group on /sources/. */
export function sourceAnchor(chapter: string, sourceId: string): string {
  return `${chapter}--${sourceId}`;
}

/** The id of the first citation of `sourceId` in a chapter's prose, which the sources page links back to. */
export function citeAnchor(sourceId: string): string {
  return `cite-${sourceId}`;
}

/** The id of a chart's data table in a chapter, which the sources page links back to. */
export function dataTableAnchor(chart: string): string {
  return `data-${chart}`;
}

/**
 * The Content-Security-Policy: everything from this origin only, no plugins, no framing, and no inline script or style
 * but the page's own CSS and script loader, which the build allows by hash (src/security/inline-assets.ts adds the
 * hashes: each page's <meta> lists its own, dist/_headers every page's). The <meta> copy leaves out `frame-ancestors`,
 * which browsers ignore (with a warning) outside an HTTP header; public/_headers carries the full policy, and a test
 * keeps the two in step.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

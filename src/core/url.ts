/**
 * The one place that builds the site's own URLs. A publisher may deploy under a sub-path (SITE_URL
 * `https://example.github.io/explainer/` sets Astro's `base` to `/explainer/`), so no page writes a root-absolute
 * path by hand: every internal href, asset, canonical URL and copy-paste link goes through `url` or `absoluteUrl`.
 */

// Both are set from SITE_URL by astro.config.mjs (`vite.define`), and are absent outside a build (unit tests). Not
// import.meta.env.BASE_URL and .SITE: at build time Astro lets an environment variable of the same name override
// those, and test runners and some CI systems set BASE_URL=/ (which put every link back at the domain's root).
declare const __SITE_BASE__: string | undefined;
declare const __SITE_ROOT__: string | undefined;

/** The deploy base, always ending in one slash ("/" or "/explainer/"). */
export const base: string = withSlash(typeof __SITE_BASE__ === 'string' ? __SITE_BASE__ : '/');

/** The site's origin plus base (e.g. "https://example.org/explainer/"). */
const siteRoot: string | undefined = typeof __SITE_ROOT__ === 'string' ? __SITE_ROOT__ : undefined;

/**
 * A root-relative href under the deploy base: `url('/sources/', 'id')` → "/explainer/sources/#id".
 * `path` is written as if the site sat at the domain's root and must start with "/"; `hash` is added without its "#".
 */
export function url(path: string, hash?: string): string {
  if (!path.startsWith('/')) throw new Error(`url("${path}"): a site path must start with "/"`);
  return `${base}${path.slice(1)}${hash ? `#${hash}` : ''}`;
}

/** The same address as `url`, absolute on the site's canonical origin (for canonical links, sitemaps, citations). */
export function absoluteUrl(path: string, hash?: string): string {
  if (!siteRoot) throw new Error('absoluteUrl: Astro has no `site`; set SITE_URL when you build');
  return new URL(url(path, hash), siteRoot).href;
}

function withSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** A page's path as if the site sat at the domain's root: the pathname Astro gives, without the deploy base. */
export function sitePath(pathname: string): string {
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

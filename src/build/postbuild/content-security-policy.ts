/** The directives every policy of the site carries, which need no hash: no plugins, and no foreign base or form. */
const fixed = ["object-src 'none'", "base-uri 'self'", "form-action 'self'"];

/**
 * The Content-Security-Policy of every page's `<meta>`: everything from this origin only, no plugins, and no inline
 * script or style but the page's own CSS and script loader, which the build allows by hash
 * (src/build/postbuild/inline-assets.ts adds each page's own hashes to its `<meta>`). Images, fonts and fetches (a
 * story's wide frames) take default-src: this origin alone.
 */
export const contentSecurityPolicy = ["default-src 'self'", "script-src 'self'", "style-src 'self'", ...fixed].join('; ');

/**
 * The policy a host sends in its header (public/_headers, which a test keeps in step): only what needs no page's hash,
 * and `frame-ancestors`, which browsers ignore in a `<meta>`. A browser enforces both policies, so a page still allows
 * only its own inline CSS and script, by its `<meta>`. The header lists no hash: one that allowed every page's would be
 * some 3 KB sent with every response, and would push a chapter's first response past one round trip.
 */
export const headerPolicy = (frameAncestors: "'none'" | '*') => [...fixed, `frame-ancestors ${frameAncestors}`].join('; ');

/**
 * The header policy of the offline workers (public/_headers, `/sw.js` and `/ru/sw.js`): a worker obeys the policy sent
 * with its script and reads no `<meta>`, so its header keeps default-src: it fetches and imports from this origin only.
 */
export const workerPolicy = ["default-src 'self'", headerPolicy("'none'")].join('; ');

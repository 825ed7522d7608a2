/**
 * The Content-Security-Policy: everything from this origin only, no plugins, no framing, and no inline script or style
 * but the page's own CSS and script loader, which the build allows by hash (src/build/postbuild/inline-assets.ts adds the
 * hashes: each page's <meta> lists its own, dist/_headers every page's). The <meta> copy leaves out `frame-ancestors`,
 * which browsers ignore (with a warning) outside an HTTP header; public/_headers carries the full policy, and a test
 * keeps the two in step. Images, fonts and fetches (a story's wide frames) take default-src: this origin alone.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Where the site will live, decided once per build from the environment: every absolute URL a reader can copy, scan
 * or download (canonical links, step links, embed codes, citations, QR codes, download footers) is built on it.
 *
 * In order: `SITE_URL`, as the publisher wrote it; else the main address a host names in the build's environment
 * (Netlify's `URL`, Vercel's `VERCEL_PROJECT_PRODUCTION_URL`, Render's `RENDER_EXTERNAL_URL`); else the address
 * `npm start` serves (`SITE_PREVIEW_URL`, which it sets) or `astro preview`'s, with a warning that names `SITE_URL`. Never a placeholder domain: a reader
 * who takes away a link must be able to follow it.
 */
export interface SiteAddress {
  /** The full address, with the base path and one slash at the end: "https://example.github.io/explainer/". */
  readonly href: string;
  /** What set it: "SITE_URL", a host's variable, or "default". */
  readonly from: string;
  /** Said once by the build when `from` is "default"; undefined otherwise. */
  readonly warning?: string;
}

/** The address of a local preview: `npm start` and `astro preview` serve here (astro.config.mjs `server`). */
export const previewAddress = 'http://127.0.0.1:4321/';

type Env = Readonly<Record<string, string | undefined>>;

/** Hosts that name the site's main address in the build's environment: the variable, and how to read it. */
const hosts: readonly { name: string; applies: (env: Env) => string | undefined }[] = [
  // Netlify's `URL` is "the main address to your site"; `NETLIFY` guards against an unrelated variable named URL.
  { name: 'URL (Netlify)', applies: (env) => (env.NETLIFY === 'true' ? env.URL : undefined) },
  // A domain without a scheme, e.g. "my-site.vercel.app".
  {
    name: 'VERCEL_PROJECT_PRODUCTION_URL (Vercel)',
    applies: (env) => (env.VERCEL_PROJECT_PRODUCTION_URL ? `https://${env.VERCEL_PROJECT_PRODUCTION_URL}` : undefined),
  },
  { name: 'RENDER_EXTERNAL_URL (Render)', applies: (env) => env.RENDER_EXTERNAL_URL },
];

/** The build's address (see above). Throws, naming the variable, when one is set but is not an http(s) URL. */
export function siteAddress(env: Env = process.env): SiteAddress {
  const named: { from: string; value: string } | undefined = env.SITE_URL
    ? { from: 'SITE_URL', value: env.SITE_URL }
    : hosts.map((host) => ({ from: host.name, value: host.applies(env) ?? '' })).find((host) => host.value);
  if (!named) {
    // `npm start` names the address it will serve (`--host`, `--port`).
    const href = env.SITE_PREVIEW_URL || previewAddress;
    return {
      href,
      from: 'default',
      warning:
        `SITE_URL is not set, so absolute links in this build (step links, embed codes, citations, QR codes, ` +
        `downloads) point at ${href}, where \`npm start\` serves it. To publish, build with ` +
        `SITE_URL=https://your.domain/path/ (see docs/deploying.md).`,
    };
  }
  let url: URL;
  try {
    url = new URL(named.value);
  } catch {
    throw new Error(`${named.from} is "${named.value}", which is not a URL; write it like https://example.org/explainer/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${named.from} is "${named.value}"; the site's address must start with https:// or http://`);
  }
  // Exactly one slash at the end, however it was written (`…/explainer`, `…/explainer/`, `…/explainer//`).
  const path = `${url.pathname.replace(/\/+$/, '')}/`;
  return { href: `${url.origin}${path}`, from: named.from };
}

// Serves a built site (dist/) as a static host does: sirv for the files, under the site's base path only, with the
// rules of its `_headers` file applied to every response (Netlify's and Cloudflare Pages' format). `npm start`, `npm
// run bench` and every test that needs a server use it, so that what the tests see is what `npm start` serves.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { isAbsolute, join, relative, resolve } from 'node:path';
import sirv from 'sirv';

/**
 * One rule of a `_headers` file: the paths it matches, the headers it sets, and the headers it detaches.
 * @typedef {{ pattern: RegExp, set: [string, string][], detach: string[] }} HeaderRule
 */

/**
 * Reads a `_headers` file as Cloudflare Pages does (Netlify's format is the same, without detaching): a rule is a path
 * pattern (`*` matches anything) followed by indented `Name: value` lines; every rule whose pattern matches a path
 * applies, in file order, and an indented `! Name` removes a header an earlier rule set. Header names are lower case.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: "${line.trim()}" comes before any path`);
    const detach = /^\s*!\s*(\S+)\s*$/.exec(line);
    if (detach) {
      rule.detach.push(/** @type {string} */ (detach[1]).toLowerCase());
      continue;
    }
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (!match) throw new Error(`_headers: cannot read "${line}"`);
    rule.set.push([/** @type {string} */ (match[1]).toLowerCase(), /** @type {string} */ (match[2]).trim()]);
  }
  return rules;
}

/**
 * The headers a host sends for `path` (with the base): each header name maps to every value it is sent with.
 * @param {readonly HeaderRule[]} rules
 * @param {string} path
 * @returns {Map<string, string[]>}
 */
export function headersFor(rules, path) {
  /** @type {Map<string, string[]>} */
  const headers = new Map();
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) headers.set(name, [...(headers.get(name) ?? []), value]);
  }
  return headers;
}

/**
 * @typedef {object} ServeOptions
 * @property {string} [base] The path the site is served under, with slashes at both ends (default `/`); outside it
 *   every request is a bare 404.
 * @property {number} [port] Default 0: any free port.
 * @property {string} [host] Default 127.0.0.1.
 * @property {boolean} [gzip] Serve a file's precompressed `.gz` sibling to clients that accept gzip.
 * @property {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => boolean | void} [intercept]
 *   Sees every request first (with its full path); returns true when it has answered it itself.
 * @property {(html: string, path: string) => string} [html] Rewrites every HTML page as it is sent (the file stays as it is).
 */

/**
 * @typedef {object} DistServer
 * @property {string} origin e.g. "http://127.0.0.1:40123"
 * @property {string} url The site's address: the origin and the base.
 * @property {import('node:http').Server} server
 * @property {() => Promise<void>} close Stops listening and drops open connections.
 */

/**
 * Serves `dir` at `base`: a folder serves its index.html, a missing file the nearest 404.html up its path (status 404:
 * `ru/404.html` under /ru/, as Cloudflare Pages does, else the site's), and every response carries the headers the
 * rules of `dir/_headers` give its path.
 * @param {string} dir
 * @param {ServeOptions} [options]
 * @returns {Promise<DistServer>}
 */
export async function serveDist(dir, options = {}) {
  const { base = '/', port = 0, host = '127.0.0.1', gzip = false, intercept, html } = options;
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`serveDist: the base "${base}" must start and end with /`);
  const root = resolve(dir);
  /**
   * Whether a file joined from a request's path lies inside the folder served (no `..`, decoded or not, leads out).
   * @param {string} file
   */
  const inside = (file) => {
    const path = relative(root, resolve(file));
    return path !== '' && !path.startsWith('..') && !isAbsolute(path);
  };
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  /**
   * The 404 page for a path inside the base: the nearest 404.html in its folder or one above, up to `dir`.
   * @param {string} inside
   */
  const notFoundFor = (within) => {
    const folders = within.split('/').slice(1, -1);
    for (let depth = folders.length; depth >= 0; depth--) {
      const file = join(root, ...folders.slice(0, depth), '404.html');
      if (inside(file) && existsSync(file)) return file;
    }
    return undefined;
  };
  /**
   * @param {import('node:http').ServerResponse} response
   * @param {number} status
   * @param {string} file
   * @param {string} path
   */
  const sendHtml = (response, status, file, path) => {
    const text = readFileSync(file, 'utf8');
    response.writeHead(status, { 'content-type': 'text/html;charset=utf-8' }).end(html ? html(text, path) : text);
  };
  const files = sirv(dir, {
    dotfiles: true,
    gzip,
    onNoMatch(request, response) {
      const path = /** @type {string} */ (request.originalUrl);
      const notFound = notFoundFor(path.slice(base.length - 1));
      if (notFound) sendHtml(response, 404, notFound, path);
      else response.writeHead(404, { 'content-type': 'text/plain;charset=utf-8' }).end('Not found');
    },
  });
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    let path = url.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      // A malformed escape: matched as it came.
    }
    if (intercept?.(request, response)) return;
    for (const [name, values] of headersFor(rules, path)) response.setHeader(name, values);
    if (!path.startsWith(base)) {
      response.writeHead(404, { 'content-type': 'text/plain;charset=utf-8' }).end('Not found (outside the base)');
      return;
    }
    const within = url.pathname.slice(base.length - 1);
    if (html) {
      const file = join(root, path.slice(base.length - 1));
      const page = [file, join(file, 'index.html')].find((f) => inside(f) && f.endsWith('.html') && existsSync(f) && statSync(f).isFile());
      if (page) return sendHtml(response, 200, page, path);
    }
    Object.assign(request, { originalUrl: path, url: within + url.search });
    files(request, response);
  });
  // A kept-alive connection stays open longer than any client keeps one idle (Node's fetch, 4 s), so the client, not the
  // server, closes it: with Node's 5 s, a loaded machine let a request go out on a connection the server had just
  // closed (ECONNRESET).
  server.keepAliveTimeout = 30_000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    origin,
    url: origin + base,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

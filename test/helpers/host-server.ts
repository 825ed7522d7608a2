import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { contentTypes, type StaticServer } from './static-server.ts';


/** One rule of a `_headers` file: a path pattern (`*` matches anything) and the headers it sets. */
export interface HeaderRule {
  readonly pattern: string;
  readonly headers: readonly (readonly [string, string])[];
}

/** Parses a `_headers` file as Netlify and Cloudflare Pages read it: a path line, then indented `Name: value` lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    // "! Name" (Cloudflare Pages) detaches a header an earlier rule set for the same path; it is kept as ["!", Name].
    const detach = /^\s*!\s*(\S+)\s*$/.exec(line);
    if (detach) {
      rules.at(-1)?.headers.push(['!', detach[1]!]);
      continue;
    }
    const colon = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a `_headers` path pattern matches a request path (`*` stands for any run of characters). */
export function matchesPattern(pattern: string, path: string): boolean {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * Serves a built site the way a static host serves a project site under a sub-path (GitHub Pages at
 * `/<repository>/`, or Netlify with the files in a folder): `dir` appears at `base` and nowhere else. Inside the base
 * a folder serves its index.html and a missing file the site's 404.html; outside it every request is a bare 404. The
 * rules of `dir/_headers` are applied to every response, as Netlify and Cloudflare Pages do.
 */
export async function serveUnderBase(dir: string, base: string): Promise<StaticServer> {
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    for (const rule of rules) {
      if (!matchesPattern(rule.pattern, path)) continue;
      for (const [name, value] of rule.headers) {
        if (name === '!') response.removeHeader(value);
        else response.setHeader(name, value);
      }
    }
    if (!path.startsWith(base)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found (outside the base)');
      return;
    }
    let file = join(dir, normalize(path.slice(base.length - 1)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file.startsWith(dir) && existsSync(file);
    const served = found ? file : join(dir, '404.html');
    response.writeHead(found ? 200 : 404, { 'content-type': contentTypes[extname(served)] ?? 'application/octet-stream' });
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

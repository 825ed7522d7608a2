import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from './headers-file.ts';
import { contentTypes, type StaticServer } from './static-server.ts';

/**
 * Serves a built site the way a static host serves a project site under a sub-path (GitHub Pages at
 * `/<repository>/`, or Netlify with the files in a folder): `dir` appears at `base` and nowhere else. Inside the base
 * a folder serves its index.html and a missing file the site's 404.html; outside it every request is a bare 404. The
 * rules of `dir/_headers` are applied to every response, as Netlify and Cloudflare Pages do.
 */
export async function serveUnderBase(dir: string, base: string): Promise<StaticServer> {
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    for (const [name, values] of headersFor(rules, path)) response.setHeader(name, values);
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

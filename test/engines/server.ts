import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTypes } from '../helpers/static-server.ts';

const recorderPath = '/__engine-recorder.js';
const recorderFile = fileURLToPath(new URL('./recorder.js', import.meta.url));

/** The built site, served to the engine tests with the recorder in every page. */
export interface EngineServer {
  readonly origin: string;
  /** What every page reported (console errors and warnings, uncaught errors, CSP violations) and every 4xx/5xx. */
  readonly problems: readonly string[];
  close(): Promise<void>;
}

/**
 * Serves `dir` at a free port as a static host would, adding `<script src="/__engine-recorder.js">` as the first child
 * of every HTML page's <head>, ahead of the page's own scripts and its CSP (the file on disk stays unchanged).
 */
export async function serveWithRecorder(dir: string): Promise<EngineServer> {
  const problems: string[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname === '/__engine-problem' && request.method === 'POST') {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        problems.push(body);
        response.writeHead(204).end();
      });
      return;
    }
    if (url.pathname === recorderPath) {
      response.writeHead(200, { 'content-type': contentTypes['.js']!, 'cache-control': 'no-store' });
      createReadStream(recorderFile).pipe(response);
      return;
    }
    const path = normalize(decodeURIComponent(url.pathname));
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file.startsWith(dir) && existsSync(file);
    const served = found ? file : join(dir, '404.html');
    if (!found) problems.push(`404 for ${url.pathname}`);
    const type = contentTypes[extname(served)] ?? 'application/octet-stream';
    response.writeHead(found ? 200 : 404, { 'content-type': type, 'cache-control': 'no-store' });
    if (extname(served) === '.html') {
      const html = readFileSync(served, 'utf8');
      const at = html.indexOf('<head>');
      if (at < 0) problems.push(`${url.pathname}: no <head> to put the recorder in`);
      response.end(at < 0 ? html : `${html.slice(0, at + 6)}<script src="${recorderPath}"></script>${html.slice(at + 6)}`);
    } else if (existsSync(served)) {
      createReadStream(served).pipe(response);
    } else {
      response.end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    problems,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

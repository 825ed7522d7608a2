import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveDist } from '../../scripts/serve-dist.mjs';

const recorderPath = '/__engine-recorder.js';
const recorderFile = fileURLToPath(new URL('./recorder.js', import.meta.url));

/** The built site, served to the engine tests with the recorder in every page. */
export interface EngineServer {
  readonly origin: string;
  /** What every page reported (console errors and warnings, uncaught errors, CSP violations) and every 404. */
  readonly problems: readonly string[];
  close(): Promise<void>;
}

/**
 * Serves `dir` as `npm start` does (scripts/serve-dist.mjs, with the rules of `_headers`), adding
 * `<script src="/__engine-recorder.js">` as the first child of every HTML page's <head>, ahead of the page's own
 * scripts and its CSP (the file on disk stays unchanged).
 */
export async function serveWithRecorder(dir: string): Promise<EngineServer> {
  const problems: string[] = [];
  const recorder = readFileSync(recorderFile);
  const server = await serveDist(dir, {
    intercept(request, response) {
      const { pathname } = new URL(request.url ?? '/', 'http://x');
      if (pathname === '/__engine-problem' && request.method === 'POST') {
        let body = '';
        request.on('data', (chunk) => (body += chunk));
        request.on('end', () => {
          problems.push(body);
          response.writeHead(204).end();
        });
        return true;
      }
      if (pathname === recorderPath) {
        response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(recorder);
        return true;
      }
      response.setHeader('cache-control', 'no-store');
      response.on('finish', () => {
        if (response.statusCode === 404) problems.push(`404 for ${pathname}`);
      });
      return false;
    },
    html(html, path) {
      const at = html.indexOf('<head>');
      if (at < 0) problems.push(`${path}: no <head> to put the recorder in`);
      return at < 0 ? html : `${html.slice(0, at + 6)}<script src="${recorderPath}"></script>${html.slice(at + 6)}`;
    },
  });
  return { origin: server.origin, problems, close: server.close };
}

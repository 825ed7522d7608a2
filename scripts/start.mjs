// `npm start`: build the site, then serve dist/ from this same process, as a static host would (scripts/serve-dist.mjs:
// under the site's base path, with the rules of `_headers` applied, which `astro preview` does not do).
//
// `astro build && astro preview` leaves the preview running when npm is stopped: the shell between them does not
// pass the signal on. Here there is no child process to orphan: the server lives in the process npm started, so a
// signal to npm (which forwards it) or to this process stops the server. Should npm die without a word (SIGKILL, a
// shell that forwards nothing), the process notices (stop-with-parent.mjs) and stops too.
//
//   npm start                          build, then serve at http://127.0.0.1:4321 (astro.config.mjs `server`)
//   npm start -- --port 8080 --host 0.0.0.0
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { serveDist } from './serve-dist.mjs';
import { stopWithParent } from './stop-with-parent.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string' }, host: { type: 'string' } },
  strict: true,
});

/** The server, once the build is done. */
let running;
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await running?.close();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, stop);
// From the start, so that npm killed during the build stops the build too.
stopWithParent(() => void stop());

// Without SITE_URL, the build's absolute links point where this serves (src/build/site/site-address.ts, which says so
// once). astro.config.mjs `server` holds the defaults, 127.0.0.1:4321.
const servedHost = values.host ?? '127.0.0.1';
// `--port 0` asks for any free port: take one now, so that the build knows the address it will be served at.
const servedPort = values.port === undefined ? 4321 : Number(values.port) || (await freePort(servedHost));
process.env.SITE_PREVIEW_URL = `http://${['0.0.0.0', '::'].includes(servedHost) ? 'localhost' : servedHost}:${servedPort}/`;

/** The project's resolved Astro config (base, outDir, server), as the build saw it. */
let config;
console.log('Building the site, then serving it (npm start). Ctrl-C stops either.');
await build({ integrations: [{ name: 'npm-start', hooks: { 'astro:config:done': (done) => void (config = done.config) } }] });
if (!stopping) {
  const host = values.host ?? (typeof config.server.host === 'string' ? config.server.host : config.server.host ? '0.0.0.0' : 'localhost');
  const port = values.port === undefined ? config.server.port : servedPort;
  running = await serveDist(fileURLToPath(config.outDir), {
    base: config.base.endsWith('/') ? config.base : `${config.base}/`,
    host,
    port,
  });
  console.log(`\nServing ${fileURLToPath(config.outDir)} at ${running.url} (with the headers of _headers). Ctrl-C stops.`);
}

/** A port that is free on `host` now. */
function freePort(host) {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

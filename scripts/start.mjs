// `npm start`: build the site, then serve dist/ from this same process.
//
// `astro build && astro preview` leaves the preview running when npm is stopped: the shell between them does not
// pass the signal on. Here there is no child process to orphan: the preview server lives in the process npm started,
// so a signal to npm (which forwards it) or to this process stops the server. Should npm die without a word
// (SIGKILL, a shell that forwards nothing), the process notices (stop-with-parent.mjs) and stops too.
//
//   npm start                          build, then serve at http://127.0.0.1:4321 (astro.config.mjs `server`)
//   npm start -- --port 8080 --host 0.0.0.0
import { parseArgs } from 'node:util';
import { build, preview } from 'astro';
import { stopWithParent } from './stop-with-parent.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string' }, host: { type: 'string' } },
  strict: true,
});
const server = {
  ...(values.port === undefined ? {} : { port: Number(values.port) }),
  ...(values.host === undefined ? {} : { host: values.host }),
};

/** The preview server, once the build is done. */
let running;
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await running?.stop();
  process.exit(0);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, stop);
// From the start, so that npm killed during the build stops the build too.
stopWithParent(() => void stop());

await build({});
if (!stopping) running = await preview({ server });

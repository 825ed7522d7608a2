import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCopy } from '../helpers/fixture-build.ts';
import { distDir } from '../helpers/paths.ts';

/**
 * `npm run dev` follows edits to content/data/*.json: a changed figure reaches the page, and a broken file shows its
 * error, with no restart. Runs `astro dev` on a free port in a copy of the project.
 */
let dir: string;
let server: ChildProcess | undefined;
let origin: string;
let log = '';
/**
 * A page that prints WhatsApp's July 2025 reach (97.3 million, the record the tests edit): the first step's embed, as
 * built, that draws it. An embed is one graphic with no chapter around it, so the dev server renders it in about a
 * third of the CPU time a chapter takes, and it prints the figure all the same.
 */
const page = `/embed/${readdirSync(join(distDir, 'embed'))
  .sort()
  .find((id) => readFileSync(join(distDir, 'embed', id, 'index.html'), 'utf8').includes('97.3 M'))}/`;

beforeAll(async () => {
  dir = await fixtureCopy([]);
  server = spawn(process.execPath, ['node_modules/astro/astro.js', 'dev', '--port', '0', '--host', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  origin = await new Promise<string>((resolve, reject) => {
    const seen = (chunk: Buffer) => {
      log += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(log);
      if (match) resolve(match[1]!);
    };
    server!.stdout!.on('data', seen);
    server!.stderr!.on('data', seen);
    server!.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${log}`)));
  });
}, 180_000);

afterAll(async () => {
  server?.kill();
  await rm(dir, { recursive: true, force: true });
});

/**
 * The page's HTML once `ready` says so; polls the dev server, which rebuilds in the background, until a deadline. A
 * connection the server resets while it reloads (seen on a busy machine) is asked again, like any page not yet ready.
 */
async function pageWhen(ready: (html: string, status: number) => boolean, seconds = 90): Promise<string> {
  const deadline = Date.now() + seconds * 1000;
  let html = '';
  while (Date.now() < deadline) {
    const response = await fetch(`${origin}${page}`).catch((error: Error) => error);
    if (!(response instanceof Error)) {
      html = await response.text();
      if (ready(html, response.status)) return html;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the page never changed as expected; last page:\n${html.slice(0, 2000)}\nserver log:\n${log.slice(-3000)}`);
}

describe('the dev server and content/data/*.json', () => {
  const audience = () => join(dir, 'content/data/audience.json');

  it('shows a changed figure without a restart', { timeout: 180_000 }, async () => {
    await pageWhen((html) => html.includes('97.3 M'));
    const text = await readFile(audience(), 'utf8');
    await writeFile(audience(), text.replace('"period": "2025-07", "reach": 97.3,', '"period": "2025-07", "reach": 97.4,'));
    const html = await pageWhen((h) => h.includes('97.4 M'));
    expect(html).not.toContain('97.3 M');
  });

  it('shows the error of a broken data file, then the page again once it is fixed', { timeout: 180_000 }, async () => {
    const text = await readFile(audience(), 'utf8');
    await writeFile(audience(), text.replace('"period": "2025-07", "reach": 97.4,', '"period": "2025-07", "reach": "lots",'));
    // Astro's dev error page: the browser draws the overlay from the error the server logs and sends it.
    const message = 'content/data/audience.json: record "reach-2025-07-whatsapp", field "reach": must be a number, not text';
    await pageWhen((_h, status) => status === 500 && log.includes(message));
    expect(log).toContain(message);
    await writeFile(audience(), text);
    await pageWhen((h, status) => status === 200 && h.includes('97.4 M'));
  });
});

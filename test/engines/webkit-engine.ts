import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { remote } from 'webdriverio';
import { waitInPage, type Engine, type EnginePage, type PageFunction } from './driver.ts';
import { loaded } from './in-page.ts';

/** Where WebKitGTK's parts are on this machine (see engines.ts for how they are found). */
export interface WebKitPaths {
  /** WebKitGTK's MiniBrowser, the browser WebKitWebDriver drives. */
  readonly miniBrowser: string;
  /** The WebKitWebDriver server. */
  readonly webDriver: string;
  /** An X server with no screen, for a browser that has no headless mode. */
  readonly xvfb: string;
}

/**
 * WebKit: WebKitGTK's MiniBrowser, driven by WebKitWebDriver over WebDriver classic (webdriverio), in an Xvfb of its
 * own. MiniBrowser has no headless mode; full screen (`-f`) hides its toolbar, so the window size is the viewport.
 */
export async function launchWebKit(paths: WebKitPaths): Promise<Engine> {
  const children: ChildProcess[] = [];
  const display = await startXvfb(paths.xvfb, children);
  const session = async (javaScript: boolean) => {
    const port = await freePort();
    // Xvfb has no GPU, so WebKitGTK's accelerated compositing would run on Mesa's software OpenGL: the same walk took
    // 59 CPU-s of the web process with it and 34 without. What the tests read (layout, scrolling, scripts, the DOM) is
    // the engine's, not the compositor's.
    const env = { ...process.env, DISPLAY: display, WEBKIT_DISABLE_COMPOSITING_MODE: '1' };
    const driver = spawn(paths.webDriver, [`--port=${port}`], { stdio: 'ignore', env });
    children.push(driver);
    await waitForServer(port);
    return remote({
      hostname: '127.0.0.1',
      port,
      // Navigation errors while waiting are expected and retried (driver.ts); the tests report what matters.
      logLevel: 'silent',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: paths.miniBrowser,
          // Scripting off is a WebKitSettings property; the driver's own scripts still run.
          args: ['--automation', '-f', ...(javaScript ? [] : ['--enable-javascript=false'])],
        },
      } as WebdriverIO.Capabilities,
    });
  };
  const withScript = await session(true);
  let withoutScript: ReturnType<typeof session> | undefined;
  const { browserVersion } = withScript.capabilities as { browserVersion?: string };
  return {
    name: 'webkit',
    version: `WebKitGTK ${browserVersion ?? '?'}`,
    async open(url, options) {
      if (options.svg === false) throw new Error('webkit cannot turn SVG off: only Firefox can');
      const browser = options.javaScript === false ? await (withoutScript ??= session(false)) : withScript;
      await browser.setWindowSize(options.width, options.height);
      await browser.url(url);
      const run = <A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R> =>
        browser.execute(fn as (...a: unknown[]) => R, ...args) as Promise<R>;
      // WebKitWebDriver can answer before the new document has loaded (even while the old one is still there); the
      // other engines wait for `load`, and so does this.
      await waitInPage(
        run,
        (href) => (location.href === href && document.readyState === 'complete' ? [] : [`${location.href} is ${document.readyState}`]),
        [new URL(url).href],
        30_000,
      );
      await waitInPage(run, loaded, [new URL(url).pathname], 30_000);
      const page: EnginePage = {
        run,
        waitFor: (fn, args, timeout) => waitInPage(run, fn, args, timeout),
        async clickAt(x, y) {
          await browser
            .action('pointer', { parameters: { pointerType: 'mouse' } })
            .move({ x: Math.round(x), y: Math.round(y), origin: 'viewport' })
            .down()
            .up()
            .perform();
        },
        // WebDriver's own Back: a script that navigates races the driver's next request, which WebKitWebDriver can leave
        // unanswered.
        back: () => browser.back(),
        screenshot: async () => Buffer.from(await browser.takeScreenshot(), 'base64'),
        // One window serves every page: leaving for a blank page makes the next open a fresh load, even of the same URL.
        close: async () => void (await browser.url('about:blank')),
      };
      return page;
    },
    async close() {
      for (const browser of [withScript, await withoutScript]) await browser?.deleteSession().catch(() => {});
      for (const child of children.reverse()) child.kill();
    },
  };
}

/** Starts Xvfb on a display number it picks itself (-displayfd), so parallel runs never collide. */
function startXvfb(xvfb: string, children: ChildProcess[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let err = '';
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.stdio[3]!.on('data', (chunk) => resolve(`:${String(chunk).trim()}`));
    child.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${err}`)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Waits until WebKitWebDriver answers on `port`. */
async function waitForServer(port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not start on port ${port}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { engineNames, type Engine, type EngineName } from './driver.ts';
import { chromiumPath } from '../helpers/chromium.ts';
import type { WebKitPaths } from './webkit-engine.ts';

const first = (candidates: readonly (string | undefined)[]) =>
  candidates.find((path): path is string => Boolean(path) && existsSync(path!));
const onPath = (name: string) => first((process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name)));

/** How to start each engine on this machine, or why it cannot start. Each driver is imported only by the file that runs its engine. */
const found: Record<EngineName, () => { launch: () => Promise<Engine> } | { missing: string }> = {
  chromium() {
    const path = chromiumPath();
    return path
      ? { launch: async () => (await import('./puppeteer-engine.ts')).launchPuppeteer('chromium', path) }
      : { missing: 'no Chromium: `apt-get install chromium-headless-shell` (or `chromium`) or set CHROME_PATH' };
  },
  firefox() {
    const path = first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
    return path
      ? { launch: async () => (await import('./puppeteer-engine.ts')).launchPuppeteer('firefox', path) }
      : { missing: 'no Firefox: `apt-get install firefox-esr` or set FIREFOX_PATH' };
  },
  webkit() {
    const paths = {
      miniBrowser: first([
        process.env.WEBKIT_MINIBROWSER,
        '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
      ]),
      webDriver: onPath('WebKitWebDriver'),
      xvfb: onPath('Xvfb'),
    };
    const lacking = Object.entries(paths)
      .filter(([, path]) => !path)
      .map(([name]) => name);
    return lacking.length === 0
      ? { launch: async () => (await import('./webkit-engine.ts')).launchWebKit(paths as WebKitPaths) }
      : { missing: `no ${lacking.join(', ')}: \`apt-get install webkit2gtk-driver xvfb\` (or set WEBKIT_MINIBROWSER)` };
  },
};

/** The engines this run asks for: BROWSERS="chromium,webkit" picks some; unset means all three. */
export function selectedEngines(): EngineName[] {
  const asked = (process.env.BROWSERS ?? '').split(/[\s,]+/).filter(Boolean);
  const unknown = asked.filter((name) => !(engineNames as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`BROWSERS names unknown engines: ${unknown.join(', ')} (known: ${engineNames.join(', ')})`);
  return asked.length === 0 ? [...engineNames] : engineNames.filter((name) => asked.includes(name));
}

/**
 * Why `name`'s tests do not run here, or undefined when they do: left out by BROWSERS, or not installed. Under
 * CI=true a selected engine that is not installed is an error, never a skip.
 */
export function engineSkipReason(name: EngineName): string | undefined {
  if (!selectedEngines().includes(name)) return `BROWSERS=${process.env.BROWSERS} leaves out ${name}`;
  const how = found[name]();
  if ('launch' in how) return undefined;
  if (process.env.CI === 'true') throw new Error(`CI=true requires every engine, but ${name} is missing: ${how.missing}`);
  return how.missing;
}

/** Starts `name`; call engineSkipReason first. */
export function launchEngine(name: EngineName): Promise<Engine> {
  const how = found[name]();
  if ('missing' in how) throw new Error(how.missing);
  return how.launch();
}

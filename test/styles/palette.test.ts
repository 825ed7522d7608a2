import {
  type Color,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  wcagContrast,
} from 'culori';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';

const css = readFileSync(join(projectRoot, 'src/styles/tokens.css'), 'utf8');
const darkStart = css.indexOf('prefers-color-scheme: dark');

/** The custom properties set in one part of tokens.css. */
function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)].map(([, name, value]) => [name!, value!]));
}
const schemes = { light: tokens(css.slice(0, darkStart)), dark: { ...tokens(css.slice(0, darkStart)), ...tokens(css.slice(darkStart)) } };

const marks = [
  'c-whatsapp',
  'c-telegram',
  'c-vk-messenger',
  'c-max',
  'c-muted',
  'c-population',
  'c-law',
  'c-block',
  'c-throttle',
  'c-restriction',
  'c-fine',
  'c-launch',
  'c-statement',
];
const texts = ['ink', 'ink-soft', 'link'];
const platforms = ['c-whatsapp', 'c-telegram', 'c-vk-messenger', 'c-max'];
const deficiencies = { protanopia: filterDeficiencyProt(1), deuteranopia: filterDeficiencyDeuter(1), tritanopia: filterDeficiencyTrit(1) };
const difference = differenceCiede2000();

describe.each(Object.entries(schemes))('the %s palette', (_scheme, colours) => {
  const backgrounds = ['bg', 'bg-raised'];

  it.each(marks)('%s marks contrast at least 3:1 with the page', (name) => {
    for (const bg of backgrounds) expect(wcagContrast(colours[name]!, colours[bg]!), `${name} on ${bg}`).toBeGreaterThanOrEqual(3);
  });

  it.each(texts)('%s text contrasts at least 4.5:1 with the page', (name) => {
    for (const bg of backgrounds) expect(wcagContrast(colours[name]!, colours[bg]!), `${name} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.entries({ 'normal vision': (c: Color) => c, ...deficiencies }))(
    'keeps the four messenger colours apart with %s',
    (_kind, simulate) => {
      for (const [i, a] of platforms.entries()) {
        for (const b of platforms.slice(i + 1)) {
          const gap = difference(simulate(parse(colours[a]!)!) as Color, simulate(parse(colours[b]!)!) as Color);
          expect(gap, `${a} vs ${b}`).toBeGreaterThanOrEqual(20);
        }
      }
    },
  );
});

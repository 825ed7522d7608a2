import {
  type Color,
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  wcagContrast,
} from 'culori';
import { describe, expect, it } from 'vitest';
import { palettes } from '../../src/core/tokens.ts';

const schemes: Record<string, Readonly<Record<string, string>>> = palettes;

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

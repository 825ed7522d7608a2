import { describe, expect, it } from 'vitest';
import { charts } from '../../../src/charts/registry.ts';
import { stylesOf } from '../../../src/charts/chart.ts';
import { resolveMarkStyle, styleDeclarations } from '../../../src/charts/mark-style.ts';
import { fileFonts, layoutTokens, palettes, type ColourToken } from '../../../src/core/tokens.ts';
import { frameKey } from '../../../src/build/kit/frame-key.ts';
import { slideSvg } from '../../../src/build/kit/slide-svg.ts';
import { standaloneSvg } from '../../../src/build/kit/standalone-svg.ts';
import { checkStep } from '../../../src/build/mdx/check-step.ts';
import { datasets } from '../../helpers/datasets.ts';

const light = palettes.light;
/** Every chart's rules together: a class means the same in every chart. */
const rules = Object.values(charts).flatMap((chart) => stylesOf(chart));
const styleOf = (mark: Parameters<typeof resolveMarkStyle>[0]) =>
  styleDeclarations(
    resolveMarkStyle(mark, rules),
    (token) => light[token],
    (token) => fileFonts[token],
  );
const text = {
  title: 'Monthly reach & more',
  sourceLine: 'Source: Reuters',
  asOfLine: 'As of 14 April 2026',
  urlLine: 'https://example.org/x/#s',
  creditLine: 'CC BY 4.0 · Site · published by The Publisher',
  exceptionLine: 'Mediascope’s figures are theirs, not under CC BY 4.0.',
};

describe('styles of a standalone graphic', () => {
  it('resolves a platform colour from the light tokens', () => {
    expect(styleOf({ kind: 'rect', attrs: { class: 'bar tone-whatsapp' } }).fill).toBe(light['c-whatsapp']);
  });

  it('follows the cascade: a reported event is hollow in its category colour', () => {
    const style = styleOf({ kind: 'circle', attrs: { class: 'event cat-law is-reported' } });
    expect(style.fill).toBe(light.bg);
    expect(style.stroke).toBe(light['c-law']);
  });

  it('gives text its ink, type size and font', () => {
    const tick = styleOf({ kind: 'text', attrs: { class: 'tick' } });
    expect(tick).toMatchObject({ fill: light['ink-soft'], 'font-size': '12px' });
    expect(tick['font-family']).toContain('sans-serif');
  });
});

// A page names only system-ui (every browser that applies its CSS knows it); a file opened in Illustrator, Inkscape,
// PowerPoint or an e-reader may not, so it names the faces system-ui stands for.
describe('the fonts of a downloaded graphic', () => {
  it('name the systems’ own faces, where a page names system-ui alone', () => {
    expect(layoutTokens['font-ui']).toBe('system-ui, sans-serif');
    const svg = standaloneSvg(frames[0]![1], text, rules);
    const slide = slideSvg(frames[0]![1], { ...text, kicker: 'Chapter 2' }, rules);
    const named = `font-family="${fileFonts['font-ui']}"`;
    for (const file of [svg, slide]) expect(file).toContain(named);
    for (const face of ['Segoe UI', 'Roboto', 'Helvetica Neue', 'Arial']) expect(fileFonts['font-ui']).toContain(face);
    expect(svg).not.toContain('font-family="system-ui, sans-serif"');
  });
});

/** Each chart's wide frame at one step. */
const frames = Object.values(charts).map((chart) => {
  const state = {
    'user-shares': { period: '2025-07' },
    'ban-sequence': { from: '2012', to: '2026' },
    'population-coverage': { platforms: ['whatsapp'], period: '2025-07' },
  }[chart.name];
  return [chart.name, checkStep(chart.name, { id: 'x', alt: 'x', state }, datasets).frames.wide] as const;
});

describe('standaloneSvg', () => {
  it.each(frames)('%s: draws every mark with literal colours and no stylesheet or classes', (_name, frame) => {
    const svg = standaloneSvg(frame, text, rules);
    expect(svg).not.toMatch(/class=|var\(|<style|style=/);
    for (const mark of frame.marks) {
      if (mark.kind === 'rect' || mark.kind === 'circle') expect(styleOf(mark).fill ?? styleOf(mark).stroke).toBeDefined();
    }
  });

  it('bakes in the title, source, date, address and credit, escaped', () => {
    const svg = standaloneSvg(frames[0]![1], text, rules);
    for (const line of [
      'Monthly reach &amp; more',
      'Source: Reuters',
      'As of 14 April 2026',
      'https://example.org/x/#s',
      'CC BY 4.0 · Site · published by The Publisher',
      'Mediascope’s figures are theirs, not under CC BY 4.0.',
    ])
      expect(svg).toContain(line);
    expect(Number(/width="(\d+)"/.exec(svg)![1]) * 2).toBeGreaterThanOrEqual(1200);
  });

  const reported = datasets.audience.find((r) => r.reported)!;
  const hollow = checkStep('user-shares', { id: 'x', alt: 'x', state: { period: reported.period } }, datasets).frames.wide;

  it('draws the key under the graphic: a swatch painted like the hollow bars, then what they mean', () => {
    const plain = standaloneSvg(hollow, text, rules);
    const svg = standaloneSvg(hollow, text, rules, frameKey(hollow));
    const key =
      /<g transform="translate\(24 (\d+)\)">\n(<rect[^>]*\/>)\n<text[^>]*>Hollow bar: reported, from a secondary source<\/text>/.exec(svg);
    expect(key).not.toBeNull();
    expect(key![2]).toContain(`fill="${light.bg}" stroke="${light[`c-${reported.platform}` as ColourToken]}"`);
    expect(Number(key![1])).toBeGreaterThan(60 + hollow.height);
    // The key adds its own line; the credit still comes last but one, before the exception.
    expect(Number(/height="(\d+)"/.exec(svg)![1])).toBeGreaterThan(Number(/height="(\d+)"/.exec(plain)![1]));
  });
});

describe('slideSvg', () => {
  it.each(frames)('%s: 1920×1080, the graphic at least one and a half times its size, with every line around it', (_name, frame) => {
    const svg = slideSvg(frame, { ...text, kicker: 'Chapter 2: Who talks on what · step 3 of 9' }, rules, frameKey(frame));
    expect(svg).toMatch(/<svg [^>]*width="1920" height="1080" viewBox="0 0 1920 1080"/);
    const scale = Number(/<g transform="translate\(80 \d+\) scale\(([\d.]+)\)">/.exec(svg)![1]);
    expect(scale).toBeGreaterThanOrEqual(1.5);
    for (const line of [
      'Chapter 2: Who talks on what · step 3 of 9',
      'Monthly reach &amp; more',
      'Source: Reuters',
      'As of 14 April 2026 · https://example.org/x/#s',
      'CC BY 4.0 · Site · published by The Publisher',
    ])
      expect(svg).toContain(line);
    // Every line of text sits on the slide.
    for (const [, y] of svg.matchAll(/<text x="\d+" y="([\d.]+)"/g)) expect(Number(y)).toBeLessThanOrEqual(1080 - 24);
  });
});

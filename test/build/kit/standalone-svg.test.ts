import { describe, expect, it } from 'vitest';
import { charts } from '../../../src/charts/registry.ts';
import { stylesOf } from '../../../src/charts/chart.ts';
import { resolveMarkStyle, styleDeclarations } from '../../../src/charts/mark-style.ts';
import { layoutTokens, palettes } from '../../../src/core/tokens.ts';
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
    (token) => layoutTokens[token],
  );
const text = {
  title: 'Monthly reach & more',
  sourceLine: 'Source: Reuters',
  asOfLine: 'As of 14 April 2026',
  urlLine: 'https://example.org/x/#s',
  creditLine: 'CC BY 4.0 · Site',
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

describe('standaloneSvg', () => {
  const frames = Object.values(charts).map((chart) => {
    const state = {
      'user-shares': { period: '2025-07' },
      'ban-sequence': { from: '2012', to: '2026' },
      'population-coverage': { platforms: ['whatsapp'], period: '2025-07' },
    }[chart.name];
    return [chart.name, checkStep(chart.name, { id: 'x', alt: 'x', state }, datasets).frames.wide] as const;
  });

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
      'CC BY 4.0 · Site',
    ])
      expect(svg).toContain(line);
    expect(Number(/width="(\d+)"/.exec(svg)![1]) * 2).toBeGreaterThanOrEqual(1200);
  });
});

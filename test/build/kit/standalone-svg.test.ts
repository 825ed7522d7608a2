import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charts } from '../../../src/charts/registry.ts';
import { chartRules, lightTokens, resolveMarkStyle } from '../../../src/build/kit/chart-styles.ts';
import { embedSize, embedSnippet } from '../../../src/build/kit/kit-paths.ts';
import { standaloneSvg } from '../../../src/build/kit/standalone-svg.ts';
import { checkStep } from '../../../src/build/mdx/check-step.ts';
import { datasets } from '../../helpers/datasets.ts';
import { projectRoot } from '../../helpers/paths.ts';

const css = (name: string) => readFileSync(join(projectRoot, 'src/styles', name), 'utf8');
const styles = { tokensCss: css('tokens.css'), chartsCss: css('charts.css') };
const tokens = lightTokens(styles.tokensCss);
const rules = chartRules(styles.chartsCss, tokens);
const text = {
  title: 'Monthly reach & more',
  sourceLine: 'Source: Reuters',
  asOfLine: 'As of 14 April 2026',
  urlLine: 'https://example.org/x/#s',
  creditLine: 'CC BY 4.0 · Site',
};

describe('styles of a standalone graphic', () => {
  it('resolves a platform colour from the light tokens', () => {
    expect(resolveMarkStyle({ kind: 'rect', attrs: { class: 'bar tone-whatsapp' } }, rules).fill).toBe(tokens.get('--c-whatsapp'));
  });

  it('follows the cascade: a reported event is hollow in its category colour', () => {
    const style = resolveMarkStyle({ kind: 'circle', attrs: { class: 'event cat-law is-reported' } }, rules);
    expect(style.fill).toBe(tokens.get('--bg'));
    expect(style.stroke).toBe(tokens.get('--c-law'));
  });

  it('gives text its ink, type size and font', () => {
    const tick = resolveMarkStyle({ kind: 'text', attrs: { class: 'tick' } }, rules);
    expect(tick).toMatchObject({ fill: tokens.get('--ink-soft'), 'font-size': '12px' });
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
    const svg = standaloneSvg(frame, text, styles);
    expect(svg).not.toMatch(/class=|var\(|<style|style=/);
    for (const mark of frame.marks) {
      if (mark.kind === 'rect' || mark.kind === 'circle')
        expect(resolveMarkStyle(mark, rules).fill ?? resolveMarkStyle(mark, rules).stroke).toBeDefined();
    }
  });

  it('bakes in the title, source, date, address and credit, escaped', () => {
    const svg = standaloneSvg(frames[0]![1], text, styles);
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

describe('embed snippet', () => {
  it('keeps the chart’s aspect ratio without script, and escapes the title', () => {
    const size = embedSize(charts['user-shares']!);
    const snippet = embedSnippet('https://example.org/embed/a/', 'Reach "July"', size);
    expect(snippet).toBe(
      `<iframe src="https://example.org/embed/a/" title="Reach &quot;July&quot;" width="${size.width}" height="${size.height}" loading="lazy" style="width:100%;height:auto;aspect-ratio:${size.width}/${size.height};min-height:${size.minHeight}px;border:0"></iframe>`,
    );
    expect(snippet).not.toMatch(/<script/);
  });
});

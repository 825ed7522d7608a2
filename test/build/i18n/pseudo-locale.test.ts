import { describe, expect, it } from 'vitest';
import { englishSteps } from '../../../src/build/i18n/english-steps.ts';
import { pseudoDatasets, pseudoProblems, stretch } from '../../../src/build/i18n/pseudo-locale.ts';
import { textWidth } from '../../../src/core/text.ts';
import { datasets } from '../../helpers/datasets.ts';
import { siteRoot } from '../../helpers/paths.ts';

describe('the pseudo-locale', () => {
  it('stretches a text to the factor’s width, keeping its placeholders, spaces and figures', () => {
    const text = 'Monthly reach, {month}: {reach:whatsapp:2025-07} in 2025';
    const stretched = stretch(text, 1.5);
    for (const kept of ['{month}', '{reach:whatsapp:2025-07}', ' 2025']) expect(stretched).toContain(kept);
    expect(stretched).not.toContain(' in ');
    expect(stretched.split(' ').length).toBe(text.split(' ').length);
    const plain = 'Internet controls and responses';
    expect(textWidth(stretch(plain, 1.9), 14) / textWidth(plain, 14)).toBeCloseTo(1.9, 1);
    expect(stretch(plain, 1)).toBe(plain);
    expect(() => stretch(plain, 0.5)).toThrow(/1 or more/);
  });

  it('stretches the words the data gives a frame, leaving its figures, dates and ids, and the data it was given, alone', () => {
    const before = structuredClone(datasets);
    const stretched = pseudoDatasets(datasets, 2);
    const english = (id: string) => datasets.events.find((e) => e.id === id)!.title;
    expect(stretched.events.find((e) => e.id === 'E05')!.title.length).toBe(2 * english('E05').length);
    expect(stretched.events.map((e) => [e.id, e.date])).toEqual(datasets.events.map((e) => [e.id, e.date]));
    expect(stretched.platforms.map((p) => p.name)).not.toContain('WhatsApp');
    expect(stretched.audience.map((r) => r.reach)).toEqual(datasets.audience.map((r) => r.reach));
    const analysed = stretched.audience.filter((r) => r.analysedBy);
    expect(analysed.length).toBeGreaterThan(0);
    for (const record of analysed) expect(datasets.audience.map((r) => r.analysedBy)).not.toContain(record.analysedBy);
    for (const source of stretched.sources.filter((s) => s.via)) expect(datasets.sources.map((s) => s.via)).not.toContain(source.via);
    expect(stretched.sources.map((s) => s.publisher)).not.toContain('Reuters');
    expect(datasets).toEqual(before);
  });

  it('fits every frame of every chapter, at both sizes, with every word half as wide again', () => {
    const steps = englishSteps(siteRoot, datasets);
    expect(steps.length).toBeGreaterThanOrEqual(32);
    expect(pseudoProblems(steps, datasets, 1.5)).toEqual([]);
  });

  it('reports each frame that would not fit, by chapter, step, chart and size, with why', () => {
    const steps = [
      { chapter: 'a-decade', id: 'whole', chart: 'ban-sequence', state: { from: '2012-01', to: '2026-06', labels: ['E05'] } },
      { chapter: 'who-talks', id: 'july', chart: 'user-shares', state: { period: '2025-07' } },
    ];
    expect(pseudoProblems(steps, datasets, 1)).toEqual([]);
    // Four times as wide, the timeline's name no longer fits a narrow frame on any number of lines.
    const problems = pseudoProblems(steps, datasets, 4);
    expect(problems.map((p) => `${p.chapter} ${p.step} ${p.chart} ${p.size}`)).toContain('a-decade whole ban-sequence narrow');
    for (const p of problems) expect(p.problems.join('\n')).toMatch(/past the .* edge|the layout refuses it|overlaps/);
  });
});

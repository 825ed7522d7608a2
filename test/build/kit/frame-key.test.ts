import { describe, expect, it } from 'vitest';
import { frameKey } from '../../../src/build/kit/frame-key.ts';
import { checkStep } from '../../../src/build/mdx/check-step.ts';
import type { Frame, Mark } from '../../../src/frame/frame.ts';
import { datasets } from '../../helpers/datasets.ts';

const wide = (chart: string, state: unknown) => checkStep(chart, { id: 'x', alt: 'x', state }, datasets).frames.wide;
const looks = (frame: Frame) => frameKey(frame).map((entry) => entry.look);
const frame = (...marks: Mark[]): Frame => ({ width: 100, height: 100, marks });
/** A month whose figures are all reported (or none), with at least two of them. */
const month = (reported: boolean) =>
  datasets.audience.find((r) => {
    const figures = datasets.audience.filter((f) => f.period === r.period);
    return figures.length > 1 && figures.every((f) => f.reported === reported);
  })!.period;
/** A year of two or more events, none of them reported only. */
const year = datasets.events
  .map((e) => e.date.slice(0, 4))
  .find((y) => {
    const events = datasets.events.filter((e) => e.date.startsWith(y));
    return events.length > 1 && events.every((e) => !e.reported);
  })!;

describe('the key of a downloaded graphic', () => {
  it('explains hollow bars where a month’s figures come from a secondary report', () => {
    const key = frameKey(wide('user-shares', { period: month(true) }));
    expect(key.map((e) => e.look)).toEqual(['hollow-bar']);
    expect(key[0]!.label).toBe('Hollow bar: reported, from a secondary source');
    expect(key[0]!.sample).toMatchObject({ kind: 'rect', class: expect.stringContaining('is-reported') });
  });

  it('has no entry for a month whose bars are all solid and in colour', () => {
    expect(looks(wide('user-shares', { period: month(false) }))).toEqual([]);
  });

  it('explains grey bars when a step picks one messenger out', () => {
    const period = month(false);
    const platform = datasets.audience.find((r) => r.period === period)!.platform;
    expect(looks(wide('user-shares', { period, highlight: platform }))).toEqual(['grey-bar']);
  });

  it('explains grey circles when a timeline step picks some events out, and not otherwise', () => {
    const first = datasets.events.find((e) => e.date.startsWith(year))!;
    expect(looks(wide('ban-sequence', { from: year, to: year, emphasis: { events: [first.id] } }))).toEqual(['grey-dot']);
    expect(looks(wide('ban-sequence', { from: year, to: year }))).toEqual([]);
  });

  it('leaves out hollow circles, which the timeline’s own legend explains', () => {
    const reported = datasets.events.find((e) => e.reported)!;
    const timeline = wide('ban-sequence', { from: reported.date.slice(0, 4), to: reported.date.slice(0, 4) });
    expect(timeline.marks.some((m) => m.key === `event:${reported.id}` && String(m.attrs.class).includes('is-reported'))).toBe(true);
    expect(looks(timeline)).not.toContain('hollow-dot');
    // Without that legend, the key explains them.
    expect(looks({ ...timeline, marks: timeline.marks.filter((m) => !m.key.startsWith('legend:')) })).toContain('hollow-dot');
  });

  it('lists each look once, hollow before grey, with the plainest mark as its sample', () => {
    const key = frameKey(
      frame(
        { key: 'a', kind: 'rect', attrs: { class: 'bar tone-muted is-reported' } },
        { key: 'b', kind: 'rect', attrs: { class: 'bar tone-max is-reported' } },
        { key: 'c', kind: 'rect', attrs: { class: 'bar tone-muted' } },
        { key: 'd', kind: 'text', attrs: { class: 'label is-muted' }, text: 'not a bar' },
      ),
    );
    expect(key.map((e) => [e.look, e.sample.class])).toEqual([
      ['hollow-bar', 'bar tone-max is-reported'],
      ['grey-bar', 'bar tone-muted'],
    ]);
  });

  it('gives a unit grid’s outlined squares no entry: they are not reported or greyed figures', () => {
    expect(looks(wide('population-coverage', { platforms: ['whatsapp'], period: '2025-07' }))).toEqual([]);
  });
});

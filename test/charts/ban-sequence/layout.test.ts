import { describe, expect, it } from 'vitest';
import { expectLeavesInputsAlone } from '../../helpers/expect-pure.ts';
import { banSequence } from '../../../src/charts/ban-sequence/index.ts';
import { stylesOf } from '../../../src/charts/chart.ts';
import { frameCollisions, frameProblems, markBox, markBoxes } from '../../../src/charts/check-frame.ts';
import { layout as layoutIn, laneNames } from '../../../src/charts/ban-sequence/layout.ts';
import { words } from '../../../src/charts/ban-sequence/words.ts';
import { inEnglish } from '../../helpers/english-layout.ts';
import { stateSchema, type BanSequenceState } from '../../../src/charts/ban-sequence/state-schema.ts';
import { endOf, eventTime, startOf } from '../../../src/charts/ban-sequence/time-window.ts';
import { eventCategories } from '../../../src/data/schemas.ts';
import type { Frame, Mark } from '../../../src/frame/frame.ts';
import { datasets } from '../../helpers/datasets.ts';

/** The layout in English, as the site draws it. */
const layout = inEnglish(layoutIn, words);

const data = banSequence.select(datasets);
const sizes = Object.entries(banSequence.sizes);
const events = (frame: Frame) => frame.marks.filter((m) => m.key.startsWith('event:'));
const mark = (frame: Frame, key: string): Mark => frame.marks.find((m) => m.key === key)!;
const decade: BanSequenceState = { from: '2012', to: '2026' };
/** A label's text, its lines joined. */
const labelText = (frame: Frame, id: string) =>
  frame.marks
    .filter((m) => m.key === `label:${id}` || m.key.startsWith(`label:${id}:`))
    .map((m) => m.text)
    .join(' ');
/** The pieces an event's leader line is drawn in (more than one where it breaks around text), top to bottom. */
const leaders = (frame: Frame, id: string) => markBoxes(mark(frame, `leader:${id}`), stylesOf(banSequence));

describe('time windows', () => {
  it.each([
    ['2012', '2012-01-01T00:00:00.000Z', '2012-12-31T23:59:59.999Z'],
    ['2024-02', '2024-02-01T00:00:00.000Z', '2024-02-29T23:59:59.999Z'],
    ['2025-08-13', '2025-08-13T00:00:00.000Z', '2025-08-13T23:59:59.999Z'],
  ])('%s runs from %s to %s', (bound, start, end) => {
    expect(startOf(bound).toISOString()).toBe(start);
    expect(endOf(bound).toISOString()).toBe(end);
  });

  it.each([
    ['2026-02', '2026-04'],
    ['2025-08', '2025-08'],
    ['2025', '2025'],
    ['2012', '2026'],
  ])('labels each tick of %s to %s differently, at both sizes', (from, to) => {
    for (const [, size] of sizes) {
      const ticks = layout(data, { from, to }, size)
        .marks.filter((m) => m.key.startsWith('tick:'))
        .map((m) => m.text);
      expect(ticks.length).toBeGreaterThan(1);
      expect(new Set(ticks).size, ticks.join(' | ')).toBe(ticks.length);
    }
  });

  it('places a month-only event mid-month', () => {
    expect(eventTime('2019-03').toISOString()).toBe('2019-03-15T00:00:00.000Z');
  });
});

describe.each(sizes)('ban-sequence layout (%s)', (_name, size) => {
  it('draws every one of the 48 events over 2012–2026, each once', () => {
    const frame = layout(data, decade, size);
    const keys = events(frame)
      .map((m) => m.key.slice('event:'.length))
      .sort();
    expect(keys).toEqual(Array.from({ length: 48 }, (_, i) => `E${String(i + 1).padStart(2, '0')}`));
  });

  it("puts each event in its category's lane, in date order along the axis", () => {
    const frame = layout(data, decade, size);
    const laneY = new Map(eventCategories.map((c) => [c, Number(mark(frame, `lane:${c}`).attrs.y1)]));
    for (const e of data.events) {
      const m = mark(frame, `event:${e.id}`);
      expect(Math.abs(Number(m.attrs.cy) - laneY.get(e.category)!), e.id).toBeLessThanOrEqual(Number(m.attrs.r) * 2.6 + 0.01);
    }
    const byTime = [...data.events].sort((a, b) => eventTime(a.date).getTime() - eventTime(b.date).getTime());
    const xs = byTime.map((e) => Number(mark(frame, `event:${e.id}`).attrs.cx));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('names every lane, so the legend is the lanes themselves', () => {
    const frame = layout(data, decade, size);
    expect(eventCategories.map((c) => mark(frame, `lane-name:${c}`).text)).toEqual(eventCategories.map((c) => laneNames(words.en)[c]));
  });

  it('draws events that rest on reports hollow, and explains hollow in the legend', () => {
    const frame = layout(data, decade, size);
    const reported = data.events.filter((e) => e.reported).map((e) => e.id);
    expect(reported).toEqual(['E26', 'E38', 'E46', 'E47', 'E48']);
    for (const e of data.events) {
      expect(String(mark(frame, `event:${e.id}`).attrs.class).includes('is-reported'), e.id).toBe(e.reported);
    }
    expect(mark(frame, 'legend:reported-text').text).toBe('Hollow: reported, not officially confirmed');
  });

  it.each([
    [{ from: '2022', to: '2022' }, ['E15', 'E16', 'E17', 'E18', 'E19', 'E20', 'E21', 'E22']],
    [{ from: '2017', to: '2020' }, ['E05', 'E06', 'E07', 'E08', 'E09']],
    [{ from: '2026-02', to: '2026-02' }, ['E43', 'E44', 'E45', 'E46']],
  ])('zooms to a window and draws only its events: %o', (state, ids) => {
    expect(
      events(layout(data, state, size))
        .map((m) => m.key.slice(6))
        .sort(),
    ).toEqual(ids);
  });

  it('greys out events outside the emphasis', () => {
    const frame = layout(data, { ...decade, emphasis: { categories: ['fine'], events: ['E32'] } }, size);
    for (const e of data.events) {
      const cls = String(mark(frame, `event:${e.id}`).attrs.class);
      const picked = e.category === 'fine' || e.id === 'E32';
      expect(cls.includes(`cat-${e.category}`), e.id).toBe(picked);
      expect(cls.includes('is-muted'), e.id).toBe(!picked);
    }
  });

  it('labels every requested event, with a leader from each label down to its mark', () => {
    const frame = layout(data, { from: '2022-01', to: '2022-12', labels: ['E16', 'E19', 'E20'] }, size);
    const labelled = frame.marks.filter((m) => /^label:E\d+$/.test(m.key));
    expect(labelled.map((l) => labelText(frame, l.key.slice('label:'.length))).sort()).toEqual([
      'Facebook blocked',
      'Instagram blocked',
      'Meta ruled “extremist”',
    ]);
    for (const l of labelled) {
      const id = l.key.slice('label:'.length);
      const dot = mark(frame, `event:${id}`);
      const pieces = leaders(frame, id);
      for (const piece of pieces) expect(piece).toMatchObject({ x: dot.attrs.cx, width: 0 });
      // The leader starts under its label and ends just above its mark, whatever it breaks around on the way.
      expect(pieces[0]!.y).toBeGreaterThan(Number(l.attrs.y));
      expect(pieces.at(-1)!.y + pieces.at(-1)!.height).toBeLessThan(Number(dot.attrs.cy) - Number(dot.attrs.r));
    }
  });

  it('refuses labels that cannot all be placed, naming the size', () => {
    expect(() => layout(data, { from: '2025-09', to: '2026-04', labels: ['E42', 'E44', 'E48', 'E43', 'E45', 'E46'] }, size)).toThrow(
      new RegExp(`labels: no room for .* without overlapping another label at the ${size.width >= 640 ? 'wide' : 'narrow'} size`),
    );
  });

  it('draws nothing over anything else: no dot on a lane’s name or a tick, no leader through a name (check-frame.ts)', () => {
    const states: BanSequenceState[] = [
      { ...decade, labels: ['E01', 'E32'] },
      { from: '2025', to: '2025', labels: ['E32', 'E28'] },
      { from: '2022-01', to: '2022-12', labels: ['E16', 'E19', 'E20'] },
      { from: '2024-07', to: '2024-07-29' },
    ];
    for (const state of states)
      expect(frameCollisions(layout(data, state, size), stylesOf(banSequence)), JSON.stringify(state)).toEqual([]);
  });

  it.each([
    [{ from: '2026', to: '2012' }, 'to: "2012" must come after from: "2026"'],
    [{ ...decade, labels: ['E99'] }, 'labels.0: no event "E99" in events.json'],
    [{ ...decade, emphasis: { events: ['E98'] } }, 'emphasis.events.0: no event "E98"'],
    [{ from: '2024', to: '2024', labels: ['E01'] }, 'labels.0: E01 falls outside the window 2024–2024'],
  ])('refuses %o', (state, message) => {
    expect(() => layout(data, state as BanSequenceState, size)).toThrow(message);
  });

  it('does not mutate its input', () => {
    expectLeavesInputsAlone(layout, data, { ...decade, labels: ['E01', 'E32'], emphasis: { categories: ['law' as const] } }, size);
  });
});

describe('ban-sequence layout (narrow)', () => {
  const narrow = banSequence.sizes.narrow;

  it('sets a title too long for the width on two lines, each inside the drawing', () => {
    const frame = layout(data, { from: '2025-07', to: '2025-09', labels: ['E32'] }, narrow);
    expect(labelText(frame, 'E32')).toBe(data.events.find((e) => e.id === 'E32')!.title);
    const lines = [mark(frame, 'label:E32'), mark(frame, 'label:E32:2')];
    expect(Number(lines[1]!.attrs.y)).toBeGreaterThan(Number(lines[0]!.attrs.y));
    expect(frameProblems(frame, stylesOf(banSequence))).toEqual([]);
  });

  it('breaks a leader around each lane name it passes, and only there', () => {
    const frame = layout(data, { from: '2025', to: '2025', labels: ['E28'] }, narrow);
    const pieces = leaders(frame, 'E28');
    expect(pieces.length).toBeGreaterThan(1);
    const names = eventCategories.map((c) => markBox(mark(frame, `lane-name:${c}`), stylesOf(banSequence))!);
    expect(mark(frame, 'leader:E28').attrs['stroke-dasharray']).toBeDefined();
    for (let i = 1; i < pieces.length; i++) {
      const [above, below] = [pieces[i - 1]!.y + pieces[i - 1]!.height, pieces[i]!.y];
      expect(
        names.some((n) => n.y >= above && n.y + n.height <= below),
        `gap ${above}–${below}`,
      ).toBe(true);
    }
  });
});

describe('ban-sequence state schema', () => {
  it.each([
    [decade, true],
    [{ from: '2025-08-13', to: '2025-12' }, true],
    [{ ...decade, emphasis: { categories: ['ban'] } }, false],
    [{ ...decade, labels: ['32'] }, false],
    [{ from: '12', to: '2026' }, false],
    [{ ...decade, zoom: 2 }, false],
    [{ ...decade, labels: ['E01', 'E02', 'E03', 'E04', 'E05', 'E06', 'E07', 'E08', 'E09'] }, false],
  ])('%o is valid: %s', (state, valid) => expect(stateSchema.safeParse(state).success).toBe(valid));
});

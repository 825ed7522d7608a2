import { scaleUtc } from 'd3-scale';
import { utcMonth } from 'd3-time';
import { eventCategories, type Platform, type TimelineEvent } from '../../data/schemas.ts';
import { layoutWidths, type Frame, type Mark, type Size } from '../../frame/frame.ts';
import { placeLabels, type LabelRequest, type PlacedLabel } from '../place-labels.ts';
import { spacedTicks } from '../spaced-ticks.ts';
import { anchorWithin, boxesOverlap, wrapText, type Box } from '../../core/text.ts';
import { markBox } from '../check-frame.ts';
import type { ChartText, Language, Words } from '../chart-words.ts';
import { fill } from '../../core/fill.ts';
import { formatTick } from '../../core/format.ts';
import type { BanSequenceState } from './state-schema.ts';
import { words as chartWords, type BanSequenceWord } from './words.ts';
import { locales } from '../../core/locale.ts';
import { endOf, eventTime, startOf } from './time-window.ts';
import { sharedStyles, typeSizes } from '../mark-style.ts';
import { styles } from './styles.ts';
import { rememberedRoom } from '../remembered-room.ts';
import { HEADING_LINE, headingLines as headingLinesOf, headingMarks } from '../chart-heading.ts';

/** The records the ban-sequence chart draws from. */
export interface BanSequenceData {
  readonly events: readonly TimelineEvent[];
  /** Named in the downloadable data. */
  readonly platforms: readonly Platform[];
}

/** What each category's lane is called, in the chart's words. */
export function laneNames(words: Words<BanSequenceWord>): Readonly<Record<TimelineEvent['category'], string>> {
  return Object.fromEntries(eventCategories.map((category) => [category, words[`lane.${category}`]])) as Record<
    TimelineEvent['category'],
    string
  >;
}

/** Event labels and ticks are small print (styles.ts, mark-style.ts). */
const LABEL_SIZE = typeSizes.small;
const TICK_SIZE = typeSizes.small;
/** Every style the timeline's marks follow, to measure its text as the collision check does (check-frame.ts). */
const allStyles = [...sharedStyles, ...styles];
/** The clearance a dot keeps from text, in user units. */
const CLEARANCE = 1;
/** The room a leader line leaves above and below a text it breaks around. */
const LEADER_GAP = 2;
/** The room labels leave at the right edge of the drawing. */
const LABEL_INSET = 2;
/** The least room between two ticks' labels. */
const TICK_GAP = 6;

/** The gap between the lines of a note. */
const NOTE_LINE = 13;

/** The lines the heading and the legend take in every language drawn: as many as the longest words need. */
interface Room {
  readonly heading: number;
  readonly legend: number;
}

/**
 * The room the heading and the legend take in the language that needs the most. A wide heading is the chart's name
 * and its window on one line; a narrow one gives the window a line of its own. The widest window, "2012–2026", is in
 * figures, which are as wide in every language.
 */
function measureRoom(size: Size, languages: readonly Language<BanSequenceData, BanSequenceWord>[]): Room {
  const wide = size.width >= layoutWidths.wide;
  const headingLines = (words: Words<BanSequenceWord>) =>
    wide
      ? headingLinesOf(fill(words.headingWide, { window: '0000–0000' }), size.width).length
      : headingLinesOf(words.name, size.width).length + 1;
  return {
    heading: Math.max(...languages.map(({ text }) => headingLines(text.words))),
    legend: Math.max(
      ...languages.map(({ text }) => wrapText(text.words.legendReported, size.width - LEGEND_INDENT, typeSizes.small).length),
    ),
  };
}

/** measureRoom, worked out once for each list of languages and width. */
const roomFor = rememberedRoom(measureRoom);

/** Where the legend's words start, right of its dot. */
const LEGEND_INDENT = 16;

/**
 * The most rows the labels' band may add for a language whose titles need them, while the lanes it takes them from
 * stay this tall at least (narrow lanes hold a name above their dots).
 */
const MORE_ROWS = 3;
const LEAST_LANE = { narrow: 24, wide: 19 } as const;

/**
 * The geometry of one layout, derived from its width, the room its words need and the rows its labels take beyond
 * the usual. A heading of more lines than the name and the window need in English moves the labels' band down, and
 * so does a row more for labels: the lanes close up so that they end where they would. A legend of two lines starts
 * a line higher.
 */
function geometry(size: Size, room: Room, extraRows = 0) {
  const wide = size.width >= layoutWidths.wide;
  // Narrow frames set the chart's name and its time window on two lines, so the labels' band starts a line lower.
  const headingLines = wide ? 1 : 2;
  const bandTop = (wide ? 28 : 46) + (room.heading - headingLines) * HEADING_LINE;
  const usualRows = wide ? 3 : 4;
  const rows = usualRows + extraRows;
  const rowHeight = 17;
  const lanesTop = bandTop + rows * rowHeight + 8;
  const lanesBottom = (wide ? 28 : 46) + usualRows * rowHeight + 8 + eventCategories.length * (wide ? 27 : 33);
  const laneHeight = (lanesBottom - lanesTop) / eventCategories.length;
  return {
    wide,
    room,
    radius: wide ? 5.5 : 5,
    // Narrow frames may break a label into two lines, and stack labels over one another, so that long titles and
    // close events still fit the width; wide frames break labels only when one line each cannot fit them all (a
    // translation's longer titles). Either may set a label on three lines where two leave some out (placeAll). Labels
    // stop short of the right edge, which a last letter's overhang (an
    // "r" in bold) would otherwise cross.
    band: {
      top: bandTop,
      rows,
      rowHeight,
      width: size.width - LABEL_INSET,
      fontSize: LABEL_SIZE,
      weight: 'bold' as const,
      ...(wide ? { gap: 4, lineHeight: 15 } : { gap: 3, maxLines: 2 as const, lineHeight: 15, stack: true }),
    },
    lanesTop,
    laneHeight,
    lanesBottom,
    /** Where a lane's marks sit: mid-lane on wide frames; below the lane's name on narrow ones. */
    laneY: (i: number) => lanesTop + i * laneHeight + (wide ? laneHeight / 2 : laneHeight - 10),
    plotLeft: wide ? 128 : 8,
    plotRight: size.width - 10,
  };
}

/**
 * Lays out the timeline: one lane per category (so position and colour both say what kind of event it is), one
 * circle per event in the time window, hollow when the event rests on reports only. Marks are keyed by event id
 * and ticks by date, so moving the window zooms: marks and ticks slide, and those outside fade out.
 * Requested labels are placed without overlap, at both sizes (a long one on two lines, or three): a
 * frame that cannot fit every requested label is an error, so an author never loses one silently, and a step's alt
 * text, which serves both sizes, may name its labels. Nothing collides: a dot that would sit on a lane's name or a
 * tick is moved up or down its lane clear of it, and a leader line that passes a lane's name breaks around it.
 */
export function layout(
  data: BanSequenceData,
  state: BanSequenceState,
  size: Size,
  text: ChartText<BanSequenceWord>,
  languages: readonly Language<BanSequenceData, BanSequenceWord>[] = [{ data, text }],
): Frame {
  const { locale, words } = text;
  const lanes = laneNames(words);
  const from = startOf(state.from);
  const to = endOf(state.to);
  if (!(from < to)) throw new Error(`to: "${state.to}" must come after from: "${state.from}"`);
  const byId = new Map(data.events.map((e) => [e.id, e]));
  const check = (ids: readonly string[] | undefined, field: string) =>
    ids?.forEach((id, i) => {
      if (!byId.has(id)) throw new Error(`${field}.${i}: no event "${id}" in events.json`);
    });
  check(state.emphasis?.events, 'emphasis.events');
  check(state.labels, 'labels');

  const inWindow = data.events.filter((e) => {
    const t = eventTime(e.date);
    return t >= from && t <= to;
  });
  if (inWindow.length === 0) {
    const dates = data.events.map((e) => e.date).sort();
    throw new Error(
      `from: no event in events.json falls between ${state.from} and ${state.to}; events run from ${dates[0]} to ${dates.at(-1)}`,
    );
  }
  state.labels?.forEach((id, i) => {
    if (!inWindow.some((e) => e.id === id)) throw new Error(`labels.${i}: ${id} falls outside the window ${state.from}–${state.to}`);
  });

  // The labels' band takes a row more, up to MORE_ROWS, while any language's titles cannot all be placed (the lanes
  // close up to make room): every language then draws the same frame, its words alone differing.
  const room = roomFor(size, languages);
  for (let extra = 0; ; extra++) {
    const frame = attempt(extra);
    if (frame) return frame;
  }

  /** The frame with `extra` rows of labels, or undefined when another row would let every language's labels fit. */
  function attempt(extra: number): Frame | undefined {
    const g = geometry(size, room, extra);
    const x = scaleUtc().domain([from, to]).rangeRound([g.plotLeft, g.plotRight]);
    // What never changes comes first (lanes, their names, the legend): a story prints it once (see sharedMarks).
    const marks: Mark[] = [];
    eventCategories.forEach((category, i) => {
      const y = g.laneY(i);
      marks.push({ key: `lane:${category}`, kind: 'line', attrs: { class: 'lane', x1: g.plotLeft, x2: g.plotRight, y1: y, y2: y } });
      marks.push(laneName(g, category, lanes[category]), {
        key: `swatch:${category}`,
        kind: 'circle',
        attrs: { class: `swatch cat-${category}`, cx: 6, cy: g.wide ? y : y - 14, r: 4.5 },
      });
    });

    const legendY = g.lanesBottom + 40 - (g.room.legend - 1) * NOTE_LINE;
    const legend = g.room.legend > 1 ? wrapText(words.legendReported, size.width - LEGEND_INDENT, typeSizes.small) : [words.legendReported];
    marks.push(
      { key: 'legend:reported', kind: 'circle', attrs: { class: 'event is-reported cat-statement', cx: 6, cy: legendY - 4, r: g.radius } },
      ...legend.map((line, i): Mark => ({
        key: i ? `legend:reported-text:${i + 1}` : 'legend:reported-text',
        kind: 'text',
        attrs: { class: 'note', x: LEGEND_INDENT, y: legendY + i * NOTE_LINE },
        text: line,
      })),
    );
    // The heading, on as many lines as its room: the name and the window on one line when wide, the window on a line of
    // its own when narrow.
    if (g.wide)
      marks.push(...headingMarks('heading', headingLinesOf(fill(words.headingWide, { window: windowLabel(state) }), size.width), 16));
    else {
      const name = headingLinesOf(words.name, size.width);
      marks.push(...headingMarks('heading', name, 16), {
        key: 'heading-window',
        kind: 'text',
        attrs: { class: 'chart-heading', x: 0, y: 16 + name.length * HEADING_LINE },
        text: windowLabel(state),
      });
    }

    // Weekly ticks only for a window within one month; across months, months are the finest ticks.
    const candidates = x.ticks(g.wide ? 8 : 4);
    const weekly = candidates.length > 1 && +candidates[1]! - +candidates[0]! < 28 * 86_400_000;
    const months = x.ticks(utcMonth.every(1)!);
    const tickMarks = (weekly && months.length >= 2 ? months : candidates).map((tick): Mark => {
      // A window of weeks has ticks inside months: they name the day, or every tick would read "Feb".
      const text = formatTick(tick, locale);
      return {
        key: `tick:${tick.toISOString().slice(0, 10)}`,
        kind: 'text',
        attrs: { class: 'tick', x: x(tick), y: g.lanesBottom + 14, ...anchored(anchorWithin(x(tick), text, TICK_SIZE, size.width)) },
        text,
      };
    });
    marks.push(...spacedTicks(tickMarks, allStyles, TICK_GAP));

    // The text drawn so far (lane names, legend, heading, ticks): dots keep clear of it, and leaders break around it.
    // A lane's name is as wide as its language makes it, and dots and leaders keep clear of it in every language (the
    // site's, and any other drawn), so that each edition's frame has the same dots and lines where the other has them.
    const laneWords = new Set([...locales.map((language) => chartWords[language]), ...languages.map(({ text }) => text.words)]);
    const everyLanguageLaneNames = [...laneWords].flatMap((names) =>
      eventCategories.map((category) => laneName(g, category, laneNames(names)[category])),
    );
    const texts = [...marks.filter((m) => m.kind === 'text'), ...everyLanguageLaneNames].map((m) => markBox(m, allStyles)!);

    const emphasised = (e: TimelineEvent) =>
      !state.emphasis || Boolean(state.emphasis.categories?.includes(e.category) || state.emphasis.events?.includes(e.id));
    const positions = dodge(
      inWindow,
      (e) => x(eventTime(e.date)),
      (e) => g.laneY(eventCategories.indexOf(e.category)),
      g.radius,
      texts,
    );
    for (const e of inWindow) {
      const { cx, cy } = positions.get(e.id)!;
      const classes = ['event', emphasised(e) ? `cat-${e.category}` : 'is-muted', e.reported ? 'is-reported' : ''];
      marks.push({ key: `event:${e.id}`, kind: 'circle', attrs: { class: classes.filter(Boolean).join(' '), cx, cy, r: g.radius } });
    }

    const requests = (state.labels ?? []).map((id) => {
      const { cx, cy } = positions.get(id)!;
      return { key: id, text: byId.get(id)!.title, anchorX: cx, anchorY: cy - g.radius - 2 };
    });
    const placed = placeAll(requests, g);
    // Every language's titles must find room where this one's dots are, or the labels' band takes another row in all.
    const fitsEvery = languages.every(({ data: other }) => {
      if (other === data) return placed.length === requests.length;
      const titles = new Map(other.events.map((e) => [e.id, e.title]));
      const theirs = requests.map((r) => ({ ...r, text: titles.get(r.key) ?? r.text }));
      return placeAll(theirs, g).length === theirs.length;
    });
    const roomier = extra < MORE_ROWS && geometry(size, room, extra + 1).laneHeight >= LEAST_LANE[g.wide ? 'wide' : 'narrow'];
    if (!fitsEvery && roomier) return undefined;
    if (placed.length < requests.length) {
      const lost = requests.filter((r) => !placed.some((p) => p.key === r.key)).map((r) => r.key);
      throw new Error(
        `labels: no room for ${lost.join(', ')} without overlapping another label at the ${g.wide ? 'wide' : 'narrow'} size; label fewer events`,
      );
    }
    for (const label of placed) {
      const pieces = leaderSegments(label.leader, texts);
      if (pieces.length) {
        const [y1, y2] = [pieces[0]![0], pieces.at(-1)![1]];
        marks.push({
          key: `leader:${label.key}`,
          kind: 'line',
          attrs: { class: 'leader', x1: label.leader.x, x2: label.leader.x, y1, y2, ...dashes(pieces) },
        });
      }
      label.lines.forEach((line, i) => {
        marks.push({
          key: i === 0 ? `label:${label.key}` : `label:${label.key}:${i + 1}`,
          kind: 'text',
          attrs: { class: 'event-label', x: label.x, y: line.baseline, ...anchored(label.anchor) },
          text: line.text,
        });
      });
    }

    return { width: size.width, height: size.height, marks };
  }
}

/**
 * Places every label it can, on one line each, then (wide frames, where one line each leaves some out) on up to two,
 * then on up to three, for a language whose titles run long.
 */
function placeAll(requests: readonly LabelRequest[], g: ReturnType<typeof geometry>): PlacedLabel[] {
  let placed = placeLabels(requests, g.band);
  if (placed.length < requests.length && g.wide) placed = placeLabels(requests, { ...g.band, maxLines: 2 });
  if (placed.length < requests.length) {
    const three = placeLabels(requests, { ...g.band, maxLines: 3 });
    if (three.length > placed.length) placed = three;
  }
  return placed;
}

/** "2012–2026", or "2025" when the window is one year. */
function windowLabel(state: BanSequenceState): string {
  const from = state.from.slice(0, 4);
  const to = state.to.slice(0, 4);
  return from === to ? from : `${from}–${to}`;
}

/** A lane's name: beside its lane on wide frames, above it on narrow ones. */
function laneName(g: ReturnType<typeof geometry>, category: TimelineEvent['category'], text: string): Mark {
  const y = g.laneY(eventCategories.indexOf(category));
  return g.wide
    ? { key: `lane-name:${category}`, kind: 'text', attrs: { class: 'lane-name', x: 16, y, dy: '0.35em' }, text }
    : { key: `lane-name:${category}`, kind: 'text', attrs: { class: 'lane-name', x: 16, y: y - 10 }, text };
}

/** A text's `text-anchor`, left out where it is SVG's default, `start` (every snapshot prints it). */
function anchored(anchor: 'start' | 'middle' | 'end'): { 'text-anchor'?: 'middle' | 'end' } {
  return anchor === 'start' ? {} : { 'text-anchor': anchor };
}

/**
 * The pieces of a leader line that stay clear of the text it passes (a lane's name, on narrow frames): the line
 * breaks around each (see dashes), so that it reads as passing behind the text. Pieces too short to see are left out.
 */
function leaderSegments(leader: { x: number; y1: number; y2: number }, texts: readonly Box[]): [number, number][] {
  const gaps = texts
    .filter((t) => boxesOverlap(t, { x: leader.x, y: leader.y1, width: 0, height: leader.y2 - leader.y1 }, LEADER_GAP))
    .map((t) => [t.y - LEADER_GAP, t.y + t.height + LEADER_GAP] as const)
    .sort((a, b) => a[0] - b[0]);
  const pieces: [number, number][] = [];
  let from = leader.y1;
  for (const [top, bottom] of gaps) {
    if (top > from) pieces.push([from, top]);
    from = Math.max(from, bottom);
  }
  if (from < leader.y2) pieces.push([from, leader.y2]);
  return pieces.filter(([a, b]) => b - a >= 2);
}

/**
 * The pieces of one line as its `stroke-dasharray` (dash, gap, dash…, from its start), so that a broken leader is
 * still one element; nothing for a line in one piece. The last dash runs a unit past the end, so the pattern never
 * repeats on the line.
 */
function dashes(pieces: readonly [number, number][]): { 'stroke-dasharray'?: string } {
  if (pieces.length < 2) return {};
  // From rounded ends (as finalizeFrame rounds y1), so that rounding never adds up along the line.
  const tenth = (n: number) => Math.round(n * 10) / 10;
  const ends = pieces.flat().map(tenth);
  const lengths = ends.slice(1).map((end, i) => tenth(end - ends[i]! + (i === ends.length - 2 ? 1 : 0)));
  return { 'stroke-dasharray': lengths.join(' ') };
}

/**
 * Positions each event on its lane, nudging events that would sit on top of another up or down within the lane
 * (a one-dimensional beeswarm), never onto text (`texts`: a lane's name, a tick). Pure; returns centre points by
 * event id.
 */
function dodge(
  events: readonly TimelineEvent[],
  xOf: (e: TimelineEvent) => number,
  yOf: (e: TimelineEvent) => number,
  radius: number,
  texts: readonly Box[],
): Map<string, { cx: number; cy: number }> {
  const step = radius * 1.3;
  const offsets = [0, -step, step, -2 * step, 2 * step];
  const placed: { cx: number; cy: number }[] = [];
  const out = new Map<string, { cx: number; cy: number }>();
  const sorted = [...events].sort((a, b) => xOf(a) - xOf(b) || a.id.localeCompare(b.id));
  for (const e of sorted) {
    const cx = xOf(e);
    const lane = yOf(e);
    const clearance = (cy: number) =>
      Math.min(Infinity, ...placed.filter((p) => Math.abs(p.cy - lane) <= 2 * step).map((p) => Math.hypot(p.cx - cx, p.cy - cy)));
    const dot = (cy: number): Box => ({ x: cx - radius, y: cy - radius, width: 2 * radius, height: 2 * radius });
    // Where text is in the way, the dot keeps to the offsets clear of it (the lane itself always is), even if it
    // then overlaps another dot.
    const clear = offsets.filter((o) => !texts.some((t) => boxesOverlap(t, dot(lane + o), CLEARANCE)));
    const allowed = clear.length ? clear : [0];
    const free = allowed.find((o) => clearance(lane + o) >= 2 * radius);
    const best = free ?? allowed.reduce((a, b) => (clearance(lane + b) > clearance(lane + a) ? b : a));
    const point = { cx, cy: lane + best };
    placed.push(point);
    out.set(e.id, point);
  }
  return out;
}

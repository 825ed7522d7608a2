import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import type { AudienceRecord, Platform, Source } from '../../data/schemas.ts';
import { layoutWidths, type Frame, type Mark, type Size } from '../../frame/frame.ts';
import { formatMonth, formatNumber, formatReach, listProse } from '../../core/format.ts';
import { reachSourceLine } from '../../data/source-credit.ts';
import { anchorWithin, textWidth, wrapText } from '../../core/text.ts';
import type { ChartText, Language, Words } from '../chart-words.ts';
import { fill } from '../../core/fill.ts';
import type { UserSharesState } from './state-schema.ts';
import type { UserSharesWord } from './words.ts';
import { sharedStyles, typeSizes } from '../mark-style.ts';
import { spacedTicks } from '../spaced-ticks.ts';
import { rememberedRoom } from '../remembered-room.ts';
import { HEADING_LINE, headingLines as headingLinesOf, headingMarks } from '../chart-heading.ts';
import { styles } from './styles.ts';
import type { Locale } from '../../core/locale.ts';

/** The records the user-shares chart draws from. */
export interface UserSharesData {
  readonly platforms: readonly Platform[];
  readonly audience: readonly AudienceRecord[];
  readonly sources: readonly Source[];
}

/** Room for the heading above the bars, in user units. */
const HEAD = 40;
/** The small print's type size (mark-style.ts). */
const NOTE_SIZE = typeSizes.small;
const LINE = 16;
/** The least room between two ticks' labels. */
const TICK_GAP = 6;
/** Every style the chart's marks follow, to measure its ticks as the collision check does (check-frame.ts). */
const allStyles = [...sharedStyles, ...styles];

/** A month's notes under the bars: who reported the figures drawn, and which platforms have none that month. */
function notesOf(
  data: UserSharesData,
  period: string,
  shown: ReadonlySet<string> | undefined,
  { locale, words }: ChartText<UserSharesWord>,
  width: number,
): string[] {
  const names = new Map(data.platforms.map((p) => [p.id, p.name]));
  const name = (id: string) => names.get(id)!;
  const rows = data.audience.filter((r) => r.period === period);
  const drawn = shown ? rows.filter((r) => shown.has(r.platform)) : rows;
  const charted = [...new Set(data.audience.map((r) => r.platform))];
  const missing = shown ? [] : charted.filter((id) => !rows.some((r) => r.platform === id));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  return [
    ...wrapText(reachSourceLine(drawn, sources, name, words, locale), width, NOTE_SIZE),
    ...(missing.length ? wrapText(fill(words.noFigure, { platforms: listProse(missing.map(name), locale) }), width, NOTE_SIZE) : []),
  ];
}

/** A bar's value as reported, its qualifier in the chart's words. */
function valueLabel(row: AudienceRecord, locale: Locale, words: Words<UserSharesWord>): string {
  const figure = formatReach({ reach: row.reach }, locale);
  if (!row.qualifier) return figure;
  return fill(row.qualifier === 'more-than' ? words.valueMoreThan : words.valueAbout, { value: figure });
}

/** The room a frame's words need (measureRoom). */
interface Room {
  readonly headingLines: number;
  readonly noteLines: number;
  readonly labelColumn: number;
  readonly right: number;
}

/**
 * The room the longest words of every language need, in every month, so that the bars are the same in each language
 * and from step to step: the heading's lines, the notes' lines (at least 2 wide and 4 narrow), the column of names
 * beside the bars (wide: at least 130), and the furthest the longest bar may reach for its value to fit after it.
 */
function measureRoom(size: Size, languages: readonly Language<UserSharesData, UserSharesWord>[]): Room {
  const wide = size.width >= layoutWidths.wide;
  let [headingLines, noteLines, nameWidth] = [1, wide ? 2 : 4, 0];
  const ends: { share: number; width: number }[] = [];
  for (const { data, text } of languages) {
    const { locale, words } = text;
    const top = scaleLinear()
      .domain([0, max(data.audience, (r) => r.reach) ?? 1])
      .nice()
      .domain()[1]!;
    for (const platform of data.platforms) nameWidth = Math.max(nameWidth, textWidth(platform.name, typeSizes.text, 'bold'));
    for (const period of new Set(data.audience.map((r) => r.period))) {
      const heading = fill(wide ? words.heading : words.headingNarrow, { month: formatMonth(period, locale) });
      headingLines = Math.max(headingLines, headingLinesOf(heading, size.width).length);
      noteLines = Math.max(noteLines, notesOf(data, period, undefined, text, size.width).length);
    }
    for (const row of data.audience)
      ends.push({ share: row.reach / top, width: textWidth(valueLabel(row, locale, words), typeSizes.text) });
  }
  const labelColumn = wide ? Math.max(130, Math.ceil(nameWidth) + 10) : 0;
  // The bar of `share` ends at labelColumn + share × (right - labelColumn); its value, 6 past it, must end in the frame.
  const right = Math.min(size.width - 72, ...ends.map((e) => labelColumn + (size.width - 6 - e.width - labelColumn) / e.share));
  return { headingLines, noteLines, labelColumn, right };
}

/** measureRoom, worked out once for each list of languages and width. */
const roomFor = rememberedRoom(measureRoom);

/**
 * Lays out a horizontal bar chart of monthly reach for one month: one bar per platform, longest first, with its
 * name, its value as reported and the outlets that reported the figures. Bars are keyed by platform, so moving
 * between months animates growth and changes of rank. The x scale spans every figure in the data, so a bar's length
 * means the same in every month. Narrow frames put names above bars; wide ones beside them.
 */
export function layout(
  data: UserSharesData,
  state: UserSharesState,
  size: Size,
  text: ChartText<UserSharesWord>,
  languages: readonly Language<UserSharesData, UserSharesWord>[] = [{ data, text }],
): Frame {
  const { locale, words } = text;
  const names = new Map(data.platforms.map((p) => [p.id, p.name]));
  const known = (id: string, field: string) => {
    if (!names.has(id)) throw new Error(`${field}: unknown platform "${id}"; known: ${[...names.keys()].join(', ')}`);
  };
  if (state.highlight) known(state.highlight, 'highlight');
  state.show?.forEach((id, i) => known(id, `show.${i}`));

  const rows = data.audience
    .filter((r) => r.period === state.period)
    .sort((a, b) => b.reach - a.reach || a.platform.localeCompare(b.platform));
  if (rows.length === 0) {
    const periods = [...new Set(data.audience.map((r) => r.period))].sort();
    throw new Error(`period: no figures for "${state.period}"; months with figures: ${periods.join(', ')}`);
  }
  // A platform the state asks for but the month has no figure for would draw nothing: refuse it, naming the gap.
  const refuseMissing = (id: string, field: string) => {
    if (rows.some((r) => r.platform === id)) return;
    const have = rows.map((r) => names.get(r.platform)!);
    throw new Error(
      `${field}: no ${names.get(id)} figure for ${formatMonth(state.period)} in audience.json; figures that month: ${listProse(have)}`,
    );
  };
  if (state.highlight) refuseMissing(state.highlight, 'highlight');
  state.show?.forEach((id, i) => refuseMissing(id, `show.${i}`));
  const shown = new Set(state.show ?? rows.map((r) => r.platform));
  const name = (id: string) => names.get(id)!;

  const wide = size.width >= layoutWidths.wide;
  // The notes' room is the same in every month and every language, so bars keep their thickness from step to step.
  const { headingLines, noteLines, labelColumn, right } = roomFor(size, languages);
  const notes = notesOf(data, state.period, state.show ? shown : undefined, text, size.width);
  if (notes.length > noteLines) throw new Error(`period: the notes for ${state.period} need ${notes.length} lines; ${noteLines} fit`);
  const foot = 28 + noteLines * LINE;
  const head = HEAD + (headingLines - 1) * HEADING_LINE;

  const x = scaleLinear()
    .domain([0, max(data.audience, (r) => r.reach) ?? 1])
    .nice()
    .range([labelColumn, right]);
  const y = scaleBand<number>()
    .domain(Array.from({ length: Math.max(...periodCounts(data.audience)) }, (_, i) => i))
    .range([head, size.height - foot])
    .paddingInner(wide ? 0.35 : 0.2);
  const band = y.bandwidth();
  const barHeight = wide ? band : band * 0.5;
  const axisY = size.height - foot;

  const marks: Mark[] = [];
  const ticks = x.ticks(wide ? 5 : 4).map((tick) => {
    // Narrow frames may leave the unit to the heading, where a language's unit would crowd the ticks ("20 млн").
    const label = tick === 0 ? '0' : fill(wide ? words.tick : words.tickNarrow, { value: formatNumber(tick, locale) });
    const grid: Mark = { key: `grid:${tick}`, kind: 'line', attrs: { class: 'grid', x1: x(tick), x2: x(tick), y1: head - 6, y2: axisY } };
    const tickText: Mark = {
      key: `tick:${tick}`,
      kind: 'text',
      attrs: { class: 'tick', x: x(tick), y: axisY + 16, 'text-anchor': anchorWithin(x(tick), label, NOTE_SIZE, size.width) },
      text: label,
    };
    return [grid, tickText] as const;
  });
  // Every grid line; a language whose tick labels would crowd each other labels every second one (spacedTicks).
  const labelled = new Set(
    spacedTicks(
      ticks.map(([, tickText]) => tickText),
      allStyles,
      TICK_GAP,
    ),
  );
  for (const [grid, tickText] of ticks) marks.push(grid, ...(labelled.has(tickText) ? [tickText] : []));
  const heading = fill(wide ? words.heading : words.headingNarrow, { month: formatMonth(state.period, locale) });
  marks.push(...headingMarks('period', headingLinesOf(heading, size.width), 18));

  rows.forEach((row, rank) => {
    if (!shown.has(row.platform)) return;
    const top = y(rank)!;
    const barTop = wide ? top : top + band - barHeight;
    const tone = state.highlight && state.highlight !== row.platform ? 'muted' : row.platform;
    const end = x(row.reach);
    marks.push(
      {
        key: `bar:${row.platform}`,
        kind: 'rect',
        attrs: { class: `bar tone-${tone}${row.reported ? ' is-reported' : ''}`, x: x(0), y: barTop, width: end - x(0), height: barHeight },
      },
      {
        key: `name:${row.platform}`,
        kind: 'text',
        attrs: wide
          ? { class: 'label', x: labelColumn - 10, y: barTop + barHeight / 2, dy: '0.35em', 'text-anchor': 'end' }
          : { class: 'label', x: 0, y: barTop - 5 },
        text: name(row.platform),
      },
      {
        key: `value:${row.platform}`,
        kind: 'text',
        attrs: { class: 'value', x: end + 6, y: barTop + barHeight / 2, dy: '0.35em' },
        text: valueLabel(row, locale, words),
      },
    );
  });

  notes.forEach((line, i) => {
    marks.push({ key: `note:${i}`, kind: 'text', attrs: { class: 'note', x: 0, y: axisY + 40 + i * LINE }, text: line });
  });
  return { width: size.width, height: size.height, marks };
}

/** How many figures each month has; the chart keeps room for the busiest month so bars never change thickness. */
function periodCounts(audience: readonly AudienceRecord[]): number[] {
  const counts = new Map<string, number>();
  for (const r of audience) counts.set(r.period, (counts.get(r.period) ?? 0) + 1);
  return [...counts.values()];
}

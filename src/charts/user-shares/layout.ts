import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import type { AudienceRecord, Platform, Source } from '../../data/schemas.ts';
import { layoutWidths, type Frame, type Mark, type Size } from '../../frame/frame.ts';
import { formatMonth, formatNumber, formatReach, listProse } from '../../core/format.ts';
import { reachSourceLine } from '../../data/source-credit.ts';
import { anchorWithin, wrapText } from '../../core/text.ts';
import type { ChartText } from '../chart-words.ts';
import { fill } from '../../core/fill.ts';
import type { UserSharesState } from './state-schema.ts';
import type { UserSharesWord } from './words.ts';
import { typeSizes } from '../mark-style.ts';

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

/**
 * Lays out a horizontal bar chart of monthly reach for one month: one bar per platform, longest first, with its
 * name, its value as reported and the outlets that reported the figures. Bars are keyed by platform, so moving
 * between months animates growth and changes of rank. The x scale spans every figure in the data, so a bar's length
 * means the same in every month. Narrow frames put names above bars; wide ones beside them.
 */
export function layout(data: UserSharesData, state: UserSharesState, size: Size, { locale, words }: ChartText<UserSharesWord>): Frame {
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
  const drawn = rows.filter((r) => shown.has(r.platform));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const name = (id: string) => names.get(id)!;
  // A bar's value as reported, its qualifier in the chart's words: the data table and the prose spell it out ("over",
  // "более"), but beside the longest bar some languages have room only for a sign ("> 97 млн").
  const valueLabel = (row: AudienceRecord) => {
    const figure = formatReach({ reach: row.reach }, locale);
    if (!row.qualifier) return figure;
    return fill(row.qualifier === 'more-than' ? words.valueMoreThan : words.valueAbout, { value: figure });
  };

  const wide = size.width >= layoutWidths.wide;
  const charted = [...new Set(data.audience.map((r) => r.platform))];
  const missing = state.show ? [] : charted.filter((id) => !rows.some((r) => r.platform === id));
  const notes = [
    ...wrapText(reachSourceLine(drawn, sources, name, words, locale), size.width, NOTE_SIZE),
    ...(missing.length ? wrapText(fill(words.noFigure, { platforms: listProse(missing.map(name), locale) }), size.width, NOTE_SIZE) : []),
  ];
  // The notes' room is the same in every month, so bars keep their thickness from step to step.
  const noteLines = wide ? 2 : 4;
  if (notes.length > noteLines) throw new Error(`period: the notes for ${state.period} need ${notes.length} lines; ${noteLines} fit`);
  const foot = 28 + noteLines * LINE;

  const labelColumn = wide ? 130 : 0;
  const x = scaleLinear()
    .domain([0, max(data.audience, (r) => r.reach) ?? 1])
    .nice()
    .range([labelColumn, size.width - 72]);
  const y = scaleBand<number>()
    .domain(Array.from({ length: Math.max(...periodCounts(data.audience)) }, (_, i) => i))
    .range([HEAD, size.height - foot])
    .paddingInner(wide ? 0.35 : 0.2);
  const band = y.bandwidth();
  const barHeight = wide ? band : band * 0.5;
  const axisY = size.height - foot;

  const marks: Mark[] = [];
  for (const tick of x.ticks(wide ? 5 : 4)) {
    // Narrow frames may leave the unit to the heading, where a language's unit would crowd the ticks ("20 млн").
    const text = tick === 0 ? '0' : fill(wide ? words.tick : words.tickNarrow, { value: formatNumber(tick, locale) });
    marks.push(
      { key: `grid:${tick}`, kind: 'line', attrs: { class: 'grid', x1: x(tick), x2: x(tick), y1: HEAD - 6, y2: axisY } },
      {
        key: `tick:${tick}`,
        kind: 'text',
        attrs: { class: 'tick', x: x(tick), y: axisY + 16, 'text-anchor': anchorWithin(x(tick), text, NOTE_SIZE, size.width) },
        text,
      },
    );
  }
  marks.push({
    key: 'period',
    kind: 'text',
    attrs: { class: 'chart-heading', x: 0, y: 18 },
    text: fill(wide ? words.heading : words.headingNarrow, { month: formatMonth(state.period, locale) }),
  });

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
        text: valueLabel(row),
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

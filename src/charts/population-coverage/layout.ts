import type { AudienceRecord, Platform, PopulationRecord, Source } from '../../data/schemas.ts';
import { layoutWidths, type Frame, type Mark, type Size } from '../../frame/frame.ts';
import { formatEventDate, formatMonth, formatNumber, formatReach, formatShortMonth } from '../../core/format.ts';
import { reachSourceLine } from '../../data/source-credit.ts';
import { wrapText } from '../../core/text.ts';
import type { ChartText, Language } from '../chart-words.ts';
import { fill } from '../../core/fill.ts';
import type { PopulationCoverageState } from './state-schema.ts';
import type { PopulationCoverageWord } from './words.ts';
import { unitsFor } from '../../data/population-units.ts';
import { typeSizes } from '../mark-style.ts';
import { rememberedRoom } from '../remembered-room.ts';
import { HEADING_LINE, headingLines as headingLinesOf, headingMarks } from '../chart-heading.ts';

/** The records the population-coverage chart draws from. */
export interface PopulationCoverageData {
  readonly population: readonly PopulationRecord[];
  readonly platforms: readonly Platform[];
  readonly audience: readonly AudienceRecord[];
  readonly sources: readonly Source[];
}

const NOTE_SIZE = typeSizes.small;
const LINE = 16;
/** The smallest square the notes may leave, in user units: smaller, a grid no longer reads as people. */
const LEAST_CELL = 6;

/**
 * Columns and cell size of one grid, for one or two grids side by side at this width, its cells no taller than
 * `most` (the room the notes leave).
 */
function gridShape(size: Size, grids: number, most = 20) {
  const wide = size.width >= layoutWidths.wide;
  const gap = wide ? 30 : 20;
  const slot = grids === 2 ? (size.width - gap) / 2 : size.width;
  const columns = wide ? (grids === 2 ? 15 : 25) : grids === 2 ? 10 : 16;
  const cell = Math.min(20, most, slot / columns);
  return { wide, gap, slot, columns, cell, unit: cell * 0.8 };
}

/** The population the grids count in: its latest record. */
const latest = (data: PopulationCoverageData) => [...data.population].sort((a, b) => b.date.localeCompare(a.date))[0];

/** The audiences a state shows, in one language's data, or an Error naming the field. */
function figuresOf(data: PopulationCoverageData, state: PopulationCoverageState): AudienceRecord[] {
  const names = new Map(data.platforms.map((p) => [p.id, p.name]));
  return state.platforms.map((id, i) => {
    if (!names.has(id)) throw new Error(`platforms.${i}: unknown platform "${id}"`);
    const figure = data.audience.find((r) => r.platform === id && r.period === state.period);
    if (!figure) throw new Error(`platforms.${i}: no ${names.get(id)} figure for ${state.period} in audience.json`);
    return figure;
  });
}

/** The notes under the grids, in one language: the scale, and with audiences, their overlap and who reported them. */
function notesOf(
  data: PopulationCoverageData,
  figures: readonly AudienceRecord[],
  { locale, words }: ChartText<PopulationCoverageWord>,
  width: number,
): string[] {
  const population = latest(data)!;
  const names = new Map(data.platforms.map((p) => [p.id, p.name]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const scale = fill(words.noteScale, {
    people: formatNumber(population.value, locale),
    date: formatEventDate(population.date, undefined, {}, locale),
  });
  return [
    ...wrapText(scale, width, NOTE_SIZE),
    ...(figures.length
      ? [
          ...wrapText(words.noteOverlap, width, NOTE_SIZE),
          ...wrapText(
            reachSourceLine(figures, sources, (id) => names.get(id)!, words, locale),
            width,
            NOTE_SIZE,
          ),
        ]
      : []),
  ];
}

/**
 * A grid's caption in one language, each part on as many lines as the grid's width needs: with an audience its name,
 * its figure and the squares it fills (the last two on one line when wide); for the population the squares, the
 * people and the estimate's source.
 */
function captionOf(
  data: PopulationCoverageData,
  figure: AudienceRecord | undefined,
  { locale, words }: ChartText<PopulationCoverageWord>,
  wide: boolean,
  width: number,
): string[][] {
  const population = latest(data)!;
  const total = unitsFor(population.value);
  const parts = figure
    ? [
        data.platforms.find((p) => p.id === figure.platform)!.name,
        `${formatReach(figure, locale)}:`,
        fill(words.gridFilled, { filled: unitsFor(figure.reach * 1_000_000), total }),
      ]
    : [
        fill(words.gridTotal, { total }),
        fill(words.gridPeople, { people: formatNumber(population.value, locale) }),
        fill(words.gridMeasured, { date: formatEventDate(population.date, undefined, {}, locale) }),
      ];
  const shown = wide ? [parts[0]!, `${parts[1]} ${parts[2]}`] : parts;
  return shown.map((part, i) => wrapText(part, width, typeSizes.text, i === 0 ? 'bold' : 'regular'));
}

/** A state's heading in one language, at this width. */
function headingOf(state: PopulationCoverageState, wide: boolean, { locale, words }: ChartText<PopulationCoverageWord>): string {
  if (!state.platforms.length) return wide ? words.headingPopulationWide : words.headingPopulationNarrow;
  return wide
    ? fill(words.headingWide, { month: formatMonth(state.period!, locale) })
    : fill(words.headingNarrow, { month: formatShortMonth(state.period!, locale) });
}

/** The room a frame's words need (measureRoom). */
interface Room {
  /** The lines of the longest heading and of the longest caption of a grid. */
  readonly headingLines: number;
  readonly captionLines: number;
  /** The lines of the longest notes under one grid (index 1) and under two (index 2). */
  readonly noteLines: readonly [number, number, number];
}

/**
 * The room the longest words of any language need, over every state (the population's, every month's, and every
 * audience alone or beside another of its month), so that the grids start as far down, and their squares are as
 * large, in every step with as many grids and in every language: they refill in place.
 */
function measureRoom(size: Size, languages: readonly Language<PopulationCoverageData, PopulationCoverageWord>[]): Room {
  const wide = size.width >= layoutWidths.wide;
  const count = (caption: string[][]) => caption.reduce((sum, part) => sum + part.length, 0);
  let [headingLines, captionLines] = [1, wide ? 2 : 3];
  const noteLines: [number, number, number] = [0, 0, 0];
  for (const { data, text } of languages) {
    const periods = [...new Set(data.audience.map((r) => r.period))];
    for (const state of [{ platforms: [] }, ...periods.map((period) => ({ period, platforms: ['shown'] }))])
      headingLines = Math.max(headingLines, headingLinesOf(headingOf(state, wide, text), size.width).length);
    captionLines = Math.max(captionLines, count(captionOf(data, undefined, text, wide, gridShape(size, 1).slot)));
    for (const figure of data.audience)
      captionLines = Math.max(captionLines, count(captionOf(data, figure, text, wide, gridShape(size, 2).slot)));
    const notes = (figures: readonly AudienceRecord[]) => notesOf(data, figures, text, size.width).length;
    noteLines[1] = Math.max(noteLines[1], notes([]), ...data.audience.map((figure) => notes([figure])));
    for (const period of periods) {
      const month = data.audience.filter((r) => r.period === period);
      for (const a of month) for (const b of month) if (a !== b) noteLines[2] = Math.max(noteLines[2], notes([a, b]));
    }
  }
  return { headingLines, captionLines, noteLines };
}

/** measureRoom, worked out once for each list of languages and width. */
const roomFor = rememberedRoom(measureRoom);

/**
 * Lays out a unit chart of Russia's population, one square per million people. Each shown platform gets a grid of
 * the whole population with its audience filled in, so two audiences are never drawn as parts of one total: they
 * overlap, and the chart says so. Squares are keyed by grid and position, so a grid refills in place.
 */
export function layout(
  data: PopulationCoverageData,
  state: PopulationCoverageState,
  size: Size,
  text: ChartText<PopulationCoverageWord>,
  languages: readonly Language<PopulationCoverageData, PopulationCoverageWord>[] = [{ data, text }],
): Frame {
  const population = latest(data);
  if (!population) throw new Error('population: population.json has no record');
  const total = unitsFor(population.value);
  const figures = figuresOf(data, state);

  const grids = Math.max(1, figures.length);
  const wide = size.width >= layoutWidths.wide;
  // Narrow frames give each grid three short lines (name, figure, squares) so that two grids fit side by side; a
  // caption or a heading of more lines, in any language, moves the grids down.
  const room = roomFor(size, languages);
  const heading = headingOf(state, wide, text);
  const gridTop = 26 + room.captionLines * 16 + (room.headingLines - 1) * HEADING_LINE;
  // The notes take as many lines as the longest of any language's: the squares shrink to leave them room. The
  // squares' side is rounded down to a hundredth, so that rows of them end above the notes however it divides.
  const rows = Math.ceil(total / gridShape(size, grids).columns);
  const most = Math.floor((100 * (size.height - room.noteLines[grids]! * LINE - 4 - gridTop)) / rows) / 100;
  const shape = gridShape(size, grids, most);
  if (shape.cell < LEAST_CELL)
    throw new Error(
      `platforms: the grids' squares would be ${Math.max(0, shape.cell).toFixed(1)} wide, less than ${LEAST_CELL}: the headings, captions and notes (${room.noteLines[grids]} lines) of some language take the room`,
    );
  const marks: Mark[] = [];
  marks.push(...headingMarks('heading', headingLinesOf(heading, size.width), 16));

  for (let g = 0; g < grids; g++) {
    const figure = figures[g];
    const filled = figure ? unitsFor(figure.reach * 1_000_000) : 0;
    const left = g * (shape.slot + shape.gap);
    const tone = figure ? `tone-${figure.platform}` : 'tone-population';
    // Its lines end just above the grid: a part set on two lines takes two.
    const caption = captionOf(data, figure, text, wide, shape.slot).flatMap((part, p) => part.map((line, j) => ({ line, p, j })));
    caption.forEach(({ line, p, j }, k) => {
      marks.push({
        key: j ? `grid-caption:${g}:${p}:${j + 1}` : `grid-caption:${g}:${p}`,
        kind: 'text',
        attrs: { class: p === 0 ? 'label' : 'value', x: left, y: gridTop - 8 - (caption.length - 1 - k) * 16 },
        text: line,
      });
    });
    for (let i = 0; i < total; i++) {
      const col = i % shape.columns;
      const row = Math.floor(i / shape.columns);
      const reached = !figure || i < filled;
      marks.push({
        key: `unit:${g}:${i}`,
        kind: 'rect',
        // Printed as one path per grid and fill (see compactFrame): 146 squares are two elements, not 146. The live
        // graphic splits the paths back into these squares, by key, to move each one.
        group: `units:${g}`,
        attrs: {
          class: `unit ${reached ? tone : 'is-empty'}`,
          x: left + col * shape.cell,
          y: gridTop + row * shape.cell,
          width: shape.unit,
          height: shape.unit,
        },
      });
    }
  }

  const notes = notesOf(data, figures, text, size.width);
  const gridBottom = gridTop + Math.ceil(total / shape.columns) * shape.cell;
  const notesTop = size.height - notes.length * LINE;
  if (notesTop < gridBottom + 4) throw new Error(`platforms: the notes need ${notes.length} lines, more than fit below the grids`);
  notes.forEach((line, i) => {
    marks.push({ key: `note:${i}`, kind: 'text', attrs: { class: 'note', x: 0, y: notesTop + (i + 1) * LINE - 4 }, text: line });
  });
  return { width: size.width, height: size.height, marks };
}

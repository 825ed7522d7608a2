import type { AudienceRecord, Platform, PopulationRecord, Source } from '../../data/schemas.ts';
import { layoutWidths, type Frame, type Mark, type Size } from '../../frame/frame.ts';
import { formatEventDate, formatMonth, formatNumber, formatReach, formatShortMonth } from '../../core/format.ts';
import { reachSourceLine } from '../../data/source-credit.ts';
import { wrapText } from '../../core/text.ts';
import type { ChartText } from '../chart-words.ts';
import { fill } from '../../core/fill.ts';
import type { PopulationCoverageState } from './state-schema.ts';
import type { PopulationCoverageWord } from './words.ts';
import { unitsFor } from '../../data/population-units.ts';
import { typeSizes } from '../mark-style.ts';

/** The records the population-coverage chart draws from. */
export interface PopulationCoverageData {
  readonly population: readonly PopulationRecord[];
  readonly platforms: readonly Platform[];
  readonly audience: readonly AudienceRecord[];
  readonly sources: readonly Source[];
}

const NOTE_SIZE = typeSizes.small;
const LINE = 16;

/** Columns and cell size of one grid, for one or two grids side by side at this width. */
function gridShape(size: Size, grids: number) {
  const wide = size.width >= layoutWidths.wide;
  const gap = wide ? 30 : 20;
  const slot = grids === 2 ? (size.width - gap) / 2 : size.width;
  const columns = wide ? (grids === 2 ? 15 : 25) : grids === 2 ? 10 : 16;
  const cell = Math.min(20, slot / columns);
  return { wide, gap, slot, columns, cell, unit: cell * 0.8 };
}

/**
 * Lays out a unit chart of Russia's population, one square per million people. Each shown platform gets a grid of
 * the whole population with its audience filled in, so two audiences are never drawn as parts of one total: they
 * overlap, and the chart says so. Squares are keyed by grid and position, so a grid refills in place.
 */
export function layout(
  data: PopulationCoverageData,
  state: PopulationCoverageState,
  size: Size,
  { locale, words }: ChartText<PopulationCoverageWord>,
): Frame {
  const population = [...data.population].sort((a, b) => b.date.localeCompare(a.date))[0];
  if (!population) throw new Error('population: population.json has no record');
  const total = unitsFor(population.value);
  const people = formatNumber(population.value, locale);
  const measured = formatEventDate(population.date, undefined, {}, locale);
  const names = new Map(data.platforms.map((p) => [p.id, p.name]));
  const figures = state.platforms.map((id, i) => {
    if (!names.has(id)) throw new Error(`platforms.${i}: unknown platform "${id}"`);
    const figure = data.audience.find((r) => r.platform === id && r.period === state.period);
    if (!figure) throw new Error(`platforms.${i}: no ${names.get(id)} figure for ${state.period} in audience.json`);
    return figure;
  });

  const grids = Math.max(1, figures.length);
  const shape = gridShape(size, grids);
  // Narrow frames give each grid three short lines (name, figure, squares) so that two grids fit side by side.
  const lines = shape.wide ? 2 : 3;
  const gridTop = 26 + lines * 16;
  const marks: Mark[] = [];
  marks.push({
    key: 'heading',
    kind: 'text',
    attrs: { class: 'chart-heading', x: 0, y: 16 },
    text: figures.length
      ? shape.wide
        ? fill(words.headingWide, { month: formatMonth(state.period!, locale) })
        : fill(words.headingNarrow, { month: formatShortMonth(state.period!, locale) })
      : shape.wide
        ? words.headingPopulationWide
        : words.headingPopulationNarrow,
  });

  for (let g = 0; g < grids; g++) {
    const figure = figures[g];
    const filled = figure ? unitsFor(figure.reach * 1_000_000) : 0;
    const left = g * (shape.slot + shape.gap);
    const tone = figure ? `tone-${figure.platform}` : 'tone-population';
    const caption = figure
      ? [names.get(figure.platform)!, `${formatReach(figure, locale)}:`, fill(words.gridFilled, { filled, total })]
      : [fill(words.gridTotal, { total }), fill(words.gridPeople, { people }), fill(words.gridMeasured, { date: measured })];
    const shown = shape.wide ? [caption[0]!, `${caption[1]} ${caption[2]}`] : caption;
    shown.forEach((text, line) => {
      marks.push({
        key: `grid-caption:${g}:${line}`,
        kind: 'text',
        attrs: { class: line === 0 ? 'label' : 'value', x: left, y: gridTop - 8 - (lines - 1 - line) * 16 },
        text,
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

  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const notes = [
    ...wrapText(fill(words.noteScale, { people, date: measured }), size.width, NOTE_SIZE),
    ...(figures.length
      ? [
          ...wrapText(words.noteOverlap, size.width, NOTE_SIZE),
          ...wrapText(
            reachSourceLine(figures, sources, (id) => names.get(id)!, words, locale),
            size.width,
            NOTE_SIZE,
          ),
        ]
      : []),
  ];
  const gridBottom = gridTop + Math.ceil(total / shape.columns) * shape.cell;
  const notesTop = size.height - notes.length * LINE;
  if (notesTop < gridBottom + 4) throw new Error(`platforms: the notes need ${notes.length} lines, more than fit below the grids`);
  notes.forEach((line, i) => {
    marks.push({ key: `note:${i}`, kind: 'text', attrs: { class: 'note', x: 0, y: notesTop + (i + 1) * LINE - 4 }, text: line });
  });
  return { width: size.width, height: size.height, marks };
}

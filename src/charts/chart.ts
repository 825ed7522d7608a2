import type { z } from 'zod';
import type { Datasets } from '../data/load-datasets.ts';
import type { Frame, Size, SizeName } from '../frame/frame.ts';
import type { ChartText, ChartWords, Language, Words } from './chart-words.ts';
import type { DataTable } from './data-table.ts';
import { sharedStyles, type StyleRule } from './mark-style.ts';

/**
 * What a chart module provides: a state schema and a pure layout, plus the data it needs, its two sizes and its words in
 * every language.
 */
export interface Chart<Data, State, Word extends string = string> {
  /** The name authors write in `<Scrolly chart="…">`, and the `data-chart` attribute of its figure. */
  readonly name: string;
  /**
   * Every string the chart shows, in each language, by key (chart-words.ts): among them its `title`, which names the
   * graphic in its citations, downloads and embeds and in the sources page's links to its data.
   */
  readonly words: ChartWords<Word | 'title'>;
  /** The contract for a step's `state`; a state it rejects stops the build. */
  readonly stateSchema: z.ZodType<State, z.ZodTypeDef, unknown>;
  /** The drawing sizes of the narrow (phone) and wide layouts. */
  readonly sizes: Readonly<Record<SizeName, Size>>;
  /** Picks the records this chart draws from the validated datasets. */
  readonly select: (datasets: Datasets) => Data;
  /**
   * Pure: the frame for one state at one size, in one language. Throws an Error naming the state field when a state
   * cannot be drawn. `languages` are every language the step is drawn in, this one among them (the build's, with their
   * data and words): the frame keeps room for the longest words of any, so that it draws its marks where theirs do.
   * Without them, the room is this language's alone.
   */
  readonly layout: (
    data: Data,
    state: State,
    size: Size,
    text: ChartText<Word | 'title'>,
    languages?: readonly Language<Data, Word | 'title'>[],
  ) => Frame;
  /** Pure: every figure the chart can show, as a table with sources (the graphic's accessible alternative). */
  readonly table: (data: Data, text: ChartText<Word | 'title'>) => DataTable;
  /** The raw figures the educators' kit offers as CSV and JSON, and which sources a step shows. */
  readonly export: ChartExport<Data, State, Word>;
  /** Its palette and type, beyond the styles every chart shares (mark-style.ts): the page's CSS and the downloads use them. */
  readonly styles: readonly StyleRule[];
}

/** One cell value of a downloaded data row; dates are ISO strings (YYYY-MM-DD or YYYY-MM). */
export type Cell = string | number | null;

/** One row of a chart's downloadable data: named fields, and the ids of the sources that back them. */
export interface DataRow {
  readonly fields: Readonly<Record<string, Cell>>;
  readonly sources: readonly string[];
  /**
   * Whose figure the row reports when it is a third party's, such as Mediascope's monthly reach: the row is then
   * excepted from the site's licence (LICENSE-CONTENT), and its download says so. Left out for the site's own data.
   */
  readonly figureOwner?: string;
}

/** The type of a downloadable column: `date` is ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD); `code` a value from a fixed list. */
export type ColumnType = 'text' | 'number' | 'date' | 'code' | 'id';

/**
 * The columns a chart's words name: each `<column>` whose header `csv.<column>` and meaning `csv.<column>.meaning` they
 * give (any string for a chart whose words are not known, as the registry holds them).
 */
export type ColumnName<Word extends string> = string extends Word
  ? string
  : {
      [W in Word]: W extends `csv.${infer Column}`
        ? Column extends `${string}.${string}`
          ? never
          : `csv.${Column}.meaning` extends Word
            ? Column
            : never
        : never;
    }[Word];

/** What one downloadable column holds, in one language, for the data dictionary that comes with the download. */
export interface ColumnDoc {
  readonly type: ColumnType;
  /** What a value means, in a sentence; says when the field may be empty. */
  readonly meaning: string;
  /** The unit of a number, e.g. "million people". */
  readonly unit?: string;
}

/** What the educators' kit needs from a chart beyond its graphic: its raw figures and which sources a step shows. */
export interface ChartExport<Data, State, Word extends string = string> {
  /**
   * Every column of its rows, in order, with its type. A column's words are the chart's (words.ts), in each language:
   * its header `csv.<column>` (in English, the column's own name), what a value means, `csv.<column>.meaning`, and a
   * number's unit, `csv.<column>.unit`. The type asks for a column for each header and meaning the words give, and for
   * words for each column; the build refuses a column without them too (src/build/kit/chart-columns.ts).
   */
  readonly columns: Readonly<Record<ColumnName<Word>, ColumnType>>;
  /**
   * Every figure the chart can draw, with machine-readable values (numbers, ISO dates, codes) and the words of a row
   * (names, titles) in the language of `words`, the chart's words in that language.
   */
  readonly rows: (data: Data, words: Words<Word | 'title'>) => DataRow[];
  /** The ids of the sources behind what one step draws, for its source line. */
  readonly sourcesInView: (data: Data, state: State) => string[];
  /**
   * For each column of codes, every code and its label in the chart's words `words` (a platform id and its name, a
   * status and how it is drawn); the build refuses a code the rows use that has no label. Codes are the same in
   * every language.
   */
  readonly codes?: (data: Data, words: Words<Word | 'title'>) => Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Declares a chart; the identity function that lets TypeScript check the pieces against each other. */
export function defineChart<Data, State, Word extends string>(chart: Chart<Data, State, Word>): Chart<Data, State, Word> {
  return chart;
}

const styles = new WeakMap<object, readonly StyleRule[]>();

/**
 * Every style rule a chart's marks follow: the shared ones, then its own (which win where both match). The same list
 * for the same chart, so that what is worked out from it once (mark-style.ts) serves each of its frames.
 */
export function stylesOf(chart: Pick<Chart<unknown, unknown>, 'styles'>): readonly StyleRule[] {
  let rules = styles.get(chart);
  if (!rules) styles.set(chart, (rules = [...sharedStyles, ...chart.styles]));
  return rules;
}

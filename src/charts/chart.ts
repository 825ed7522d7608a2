import type { z } from 'zod';
import type { Datasets } from '../data/load-datasets.ts';
import type { Frame, Size, SizeName } from '../frame/frame.ts';
import type { DataTable } from './data-table.ts';

/** What a chart module provides: a state schema and a pure layout, plus the data it needs and its two sizes. */
export interface Chart<Data, State> {
  /** The name authors write in `<Scrolly chart="…">`, and the `data-chart` attribute of its figure. */
  readonly name: string;
  /** A short title for the figure, read by screen readers before each step's description. */
  readonly title: string;
  /** The contract for a step's `state`; a state it rejects stops the build. */
  readonly stateSchema: z.ZodType<State, z.ZodTypeDef, unknown>;
  /** The drawing sizes of the narrow (phone) and wide layouts. */
  readonly sizes: Readonly<Record<SizeName, Size>>;
  /** Picks the records this chart draws from the validated datasets. */
  readonly select: (datasets: Datasets) => Data;
  /** Pure: the frame for one state at one size. Throws an Error naming the state field when a state cannot be drawn. */
  readonly layout: (data: Data, state: State, size: Size) => Frame;
  /** Pure: every figure the chart can show, as a table with sources (the graphic's accessible alternative). */
  readonly table: (data: Data) => DataTable;
}

/** Declares a chart; the identity function that lets TypeScript check the pieces against each other. */
export function defineChart<Data, State>(chart: Chart<Data, State>): Chart<Data, State> {
  return chart;
}

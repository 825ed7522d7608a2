/** A chart's figures as a table: the accessible alternative to the graphic, with the same figures and sources. */
export interface DataTable {
  /** What the table holds, e.g. "Monthly reach of messengers in Russia (Mediascope), July 2025 to February 2026". */
  readonly caption: string;
  /** Column headings; the last column lists each row's sources. */
  readonly columns: readonly string[];
  /** One row per figure or event: its cells, then the ids of the sources that back it. */
  readonly rows: readonly { readonly cells: readonly string[]; readonly sources: readonly string[] }[];
}

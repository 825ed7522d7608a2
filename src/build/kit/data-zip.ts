import { strToU8, zipSync } from 'fflate';

/** One file of a zip: its name inside the zip and its text. */
export interface ZipEntry {
  readonly name: string;
  readonly text: string;
}

/**
 * Text files as a zip (deflated), dated `date` (YYYY, YYYY-MM or YYYY-MM-DD: the data's "as of" date) rather than the
 * time of the build, so that the same content always gives the same bytes. Pure.
 */
export function zipFiles(entries: readonly ZipEntry[], date: string): Uint8Array<ArrayBuffer> {
  const [year, month = '01', day = '01'] = date.split('-');
  // A zip stores local date and time; built from local parts, the stamp reads the same in every time zone.
  const mtime = new Date(Number(year), Number(month) - 1, Number(day), 12);
  return new Uint8Array(
    zipSync(Object.fromEntries(entries.map((entry) => [entry.name, [strToU8(entry.text), { mtime }]])), { level: 9, mtime }),
  );
}

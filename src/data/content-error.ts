/**
 * A mistake in a content or data file. Its message starts with the file's path relative to the project root, then
 * says where in the file and what is wrong, e.g. `content/data/events.json: record "E05", field "date": …`.
 */
export class ContentError extends Error {
  override name = 'ContentError';

  constructor(
    /** The offending file, relative to the project root. */
    readonly file: string,
    /** What is wrong and where in the file. */
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

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
    /** The line and column it starts at, when known; the message then starts `file:line:column:` as editors expect. */
    readonly place?: { readonly line: number; readonly column: number },
  ) {
    super(`${file}${place ? `:${place.line}:${place.column}` : ''}: ${detail}`);
  }
}

/**
 * Every mistake found in one pass over the content, so that a maintainer fixes them all after one build. Its
 * message is one line per mistake, each in the ContentError format.
 */
export class ContentErrors extends Error {
  override name = 'ContentErrors';

  constructor(readonly errors: readonly ContentError[]) {
    super(errors.map((e) => e.message).join('\n'));
  }
}

/** The ContentErrors inside anything thrown: itself, or one ContentError as a list; undefined for other errors. */
export function contentErrorsOf(error: unknown): readonly ContentError[] | undefined {
  if (error instanceof ContentErrors) return error.errors;
  if (error instanceof ContentError) return [error];
  return undefined;
}

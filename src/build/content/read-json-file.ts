import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ContentError } from '../../data/content-error.ts';
import { jsonSyntaxMessage } from '../../data/load-datasets.ts';

/**
 * A content file's JSON (`file` relative to `root`), or undefined with the reason in `errors`, named as the content
 * check names it: a file that cannot be read, or a JSON mistake by its line and column.
 */
export async function readJsonFile(root: string, file: string, errors: ContentError[]): Promise<{ readonly json: unknown } | undefined> {
  let text: string;
  try {
    text = await readFile(join(root, file), 'utf8');
  } catch (error) {
    errors.push(new ContentError(file, `cannot be read: ${(error as Error).message}`));
    return undefined;
  }
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (error) {
    errors.push(new ContentError(file, jsonSyntaxMessage(text, (error as Error).message)));
    return undefined;
  }
}

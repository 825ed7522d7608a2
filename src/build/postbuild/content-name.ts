import { createHash } from 'node:crypto';

/**
 * A file's name that carries its content's hash ("print.<hash>.css"): a new build's file never passes for an older
 * build's in a cache (a browser's, or the offline worker's), and the same content gives the same name. Pure.
 */
export const contentName = (stem: string, content: string, extension: string): string =>
  `${stem}.${createHash('sha256').update(content).digest('hex').slice(0, 10)}.${extension}`;

import type { Size } from '../frame/frame.ts';

/**
 * `measure` remembered for each list of languages and drawing width: the room a chart's words need (its lines of
 * heading and notes, a column of names) is worked out from every language's words over every state, once for all the
 * steps a build lays out with one list (checkStep hands each chart the same list for a set of data).
 */
export function rememberedRoom<Languages extends object, Room>(
  measure: (size: Size, languages: Languages) => Room,
): (size: Size, languages: Languages) => Room {
  const rooms = new WeakMap<Languages, Map<number, Room>>();
  return (size, languages) => {
    let byWidth = rooms.get(languages);
    if (!byWidth) rooms.set(languages, (byWidth = new Map()));
    let room = byWidth.get(size.width);
    if (room === undefined) byWidth.set(size.width, (room = measure(size, languages)));
    return room;
  };
}

import { currentPopulation, findClaim, findEvent, findReach, placeholder, type FigureData } from './figure-text.ts';

/** The records behind a text's figures: their sources (each record's first, without repeats) and whether any is reported. */
export interface FigureSources {
  /** Source ids from sources.json, in order of first use. */
  readonly sources: readonly string[];
  /** True when a record behind a figure rests on reports only (`reported: true` in its data file). */
  readonly reported: boolean;
  /** How many placeholders in the text name a record (a month or a count names none). */
  readonly records: number;
}

/** A record as far as its citation goes: its sources and whether it is reported. */
interface Backing {
  readonly sources: readonly string[];
  readonly reported: boolean;
}

/**
 * The records a text's placeholders print (`{reach:…}`, `{date:E32}`, `{claim:…}`, `{population}`, `{share:…}`…),
 * with the first source of each: what a sentence that prints them cites. `{month:…}` and `{count:…}` name no record.
 * Throws, naming the placeholder, when the data has no such record (as resolvePlaceholders does).
 */
export function figureSources(text: string, data: FigureData): FigureSources {
  const backings: Backing[] = [];
  for (const [whole, kind, arg = ''] of text.matchAll(placeholder)) {
    const [a = '', b = '', c = ''] = arg.split(':');
    try {
      backings.push(...backingOf(kind!, a, b, c, data));
    } catch (error) {
      throw new Error(`${whole}: ${(error as Error).message}`);
    }
  }
  const sources = [...new Set(backings.flatMap((b) => b.sources.slice(0, 1)))];
  return { sources, reported: backings.some((b) => b.reported), records: backings.length };
}

function backingOf(kind: string, a: string, b: string, c: string, data: FigureData): Backing[] {
  const reach = (platform: string): Backing => {
    const record = findReach(data, platform, b);
    return { sources: [record.source], reported: record.reported };
  };
  switch (kind) {
    case 'reach':
    case 'squares':
      return [reach(a)];
    case 'population':
      return [currentPopulation(data)];
    case 'share':
      return [reach(a), c ? reach(c) : currentPopulation(data)];
    case 'date':
    case 'day':
      return [findEvent(data, a)];
    case 'claim':
      return [findClaim(data, a)];
    default:
      return [];
  }
}

import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { ContentError } from './content-error.ts';
import {
  audienceSchema,
  claimSchema,
  correctionSchema,
  eventSchema,
  platformSchema,
  populationSchema,
  quoteSchema,
  sourceSchema,
  type AudienceRecord,
  type Claim,
  type Correction,
  type Quote,
  type Platform,
  type PopulationRecord,
  type Source,
  type TimelineEvent,
} from './schemas.ts';

/** Every data file of the site, validated and cross-checked. */
export interface Datasets {
  sources: Source[];
  platforms: Platform[];
  audience: AudienceRecord[];
  events: TimelineEvent[];
  population: PopulationRecord[];
  quotes: Quote[];
  claims: Claim[];
  corrections: Correction[];
}

/** The data files and the schema each record must pass. */
const files = {
  sources: ['sources.json', sourceSchema],
  platforms: ['platforms.json', platformSchema],
  audience: ['audience.json', audienceSchema],
  events: ['events.json', eventSchema],
  population: ['population.json', populationSchema],
  quotes: ['quotes.json', quoteSchema],
  claims: ['claims.json', claimSchema],
  corrections: ['corrections.json', correctionSchema],
} as const satisfies Record<keyof Datasets, readonly [string, z.ZodTypeAny]>;

/**
 * Reads `content/data/*.json` under `root`, validates every record and every cross-reference, and returns the data.
 * Any problem throws a ContentError naming the file, the record and the field, so a maintainer can fix it at once.
 */
export async function loadDatasets(root: string | URL): Promise<Datasets> {
  const rootPath = typeof root === 'string' ? root : fileURLToPath(root);
  const dir = join(rootPath, 'content', 'data');
  const read = async <S extends z.ZodTypeAny>(name: string, schema: S): Promise<z.output<S>[]> => {
    const path = join(dir, name);
    const shown = relative(rootPath, path);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      throw new ContentError(shown, `cannot be read as JSON: ${(error as Error).message}`);
    }
    if (!Array.isArray(raw)) throw new ContentError(shown, 'must hold a JSON array of records');
    const seen = new Set<string>();
    return raw.map((record: unknown, index) => {
      const label = recordLabel(record, index);
      const parsed = schema.safeParse(record);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const field = issue.path.join('.') || '(record)';
        throw new ContentError(shown, `record ${label}, field "${field}": ${issue.message}`);
      }
      const id = (parsed.data as { id: string }).id;
      if (seen.has(id)) throw new ContentError(shown, `record ${label}, field "id": "${id}" is used twice`);
      seen.add(id);
      return parsed.data;
    });
  };

  const data = {
    sources: await read(...files.sources),
    platforms: await read(...files.platforms),
    audience: await read(...files.audience),
    events: await read(...files.events),
    population: await read(...files.population),
    quotes: await read(...files.quotes),
    claims: await read(...files.claims),
    corrections: await read(...files.corrections),
  } satisfies Datasets;
  checkReferences(data, (key) => relative(rootPath, join(dir, files[key][0])));
  return data;
}

/** Names a record by its id when it has one, else by its position, for error messages. */
function recordLabel(record: unknown, index: number): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `"${id}"` : `#${index + 1}`;
}

/** Checks that every source and platform a record names exists, and that no reach exceeds the population. */
function checkReferences(data: Datasets, fileOf: (key: keyof Datasets) => string): void {
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const platformIds = new Set(data.platforms.map((p) => p.id));
  const need = (ok: boolean, key: keyof Datasets, id: string, field: string, message: string) => {
    if (!ok) throw new ContentError(fileOf(key), `record "${id}", field "${field}": ${message}`);
  };
  const knownSource = (key: keyof Datasets, id: string, field: string, ref: string) =>
    need(sourceIds.has(ref), key, id, field, `source "${ref}" does not exist in sources.json`);

  const population = Math.min(...data.population.map((p) => p.value));
  for (const r of data.audience) {
    knownSource('audience', r.id, 'source', r.source);
    need(platformIds.has(r.platform), 'audience', r.id, 'platform', `platform "${r.platform}" does not exist in platforms.json`);
    need(
      r.reach * 1e6 <= population,
      'audience',
      r.id,
      'reach',
      `${r.reach} million is more than the population (${population.toLocaleString('en')})`,
    );
  }
  for (const e of data.events) {
    e.sources.forEach((s, i) => knownSource('events', e.id, `sources.${i}`, s));
    e.platforms.forEach((p, i) =>
      need(platformIds.has(p), 'events', e.id, `platforms.${i}`, `platform "${p}" does not exist in platforms.json`),
    );
  }
  for (const p of data.population) p.sources.forEach((s, i) => knownSource('population', p.id, `sources.${i}`, s));
  for (const q of data.quotes) q.sources.forEach((s, i) => knownSource('quotes', q.id, `sources.${i}`, s));
  for (const c of data.claims) c.sources.forEach((s, i) => knownSource('claims', c.id, `sources.${i}`, s));
}

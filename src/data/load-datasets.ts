import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { ContentError, ContentErrors } from './content-error.ts';
import { explainIssues } from './explain-issues.ts';
import { resolvePlaceholders } from './figure-text.ts';
import { siteWords, siteWordsFiles } from './site-words.ts';
import { termFormsFiles, termFormsSchema, termPhrasesProblems } from './term-forms.ts';
import {
  audienceSchema,
  claimSchema,
  correctionSchema,
  eventSchema,
  wordedEventSchema,
  wordedQuoteSchema,
  wordedSourceSchema,
  wordedGlossarySchema,
  wordedCorrectionSchema,
  wordedPopulationSchema,
  glossarySchema,
  platformSchema,
  populationSchema,
  quoteSchema,
  sourceSchema,
  type AudienceRecord,
  type Claim,
  type Correction,
  type GlossaryTerm,
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
  glossary: GlossaryTerm[];
}

/** The data files and the schema each record must pass. A new file is one line here and one in `Datasets`. */
export const files = {
  sources: ['sources.json', sourceSchema],
  platforms: ['platforms.json', platformSchema],
  audience: ['audience.json', audienceSchema],
  events: ['events.json', eventSchema],
  population: ['population.json', populationSchema],
  quotes: ['quotes.json', quoteSchema],
  claims: ['claims.json', claimSchema],
  corrections: ['corrections.json', correctionSchema],
  glossary: ['glossary.json', glossarySchema],
} as const satisfies Record<keyof Datasets, readonly [string, z.ZodTypeAny]>;

/**
 * The schema of each collection's records as `loadDatasets` returns them: a file's schema, but for the records whose
 * words are the site's (the events, the quotes, the sources, the glossary, the corrections, the population's note), which come with their
 * English words (`recordWords`).
 */
export const recordSchemas = {
  ...(Object.fromEntries(Object.entries(files).map(([key, [, schema]]) => [key, schema])) as {
    [K in keyof typeof files]: (typeof files)[K][1];
  }),
  events: wordedEventSchema,
  quotes: wordedQuoteSchema,
  sources: wordedSourceSchema,
  glossary: wordedGlossarySchema,
  corrections: wordedCorrectionSchema,
  population: wordedPopulationSchema,
} satisfies Record<keyof Datasets, z.ZodTypeAny>;

/** The data folder, relative to the project root. */
export const dataDir = join('content', 'data');

/**
 * Reads `content/data/*.json` under `root`, validates every record of every file and every cross-reference, and
 * returns the data. It reports everything it finds, not just the first mistake: it throws one ContentErrors listing
 * each problem with its file, its record (or line and column, for a JSON syntax error) and its field.
 */
export async function loadDatasets(root: string | URL): Promise<Datasets> {
  const rootPath = typeof root === 'string' ? root : fileURLToPath(root);
  const errors: ContentError[] = [];
  const shownOf = (key: keyof Datasets) => relative(rootPath, join(rootPath, dataDir, files[key][0]));
  /** Every id each file declares, valid record or not, so one bad record does not make its references fail too. */
  const declared = {} as Record<keyof Datasets, Set<string>>;
  let readable = true;

  const read = async (key: keyof Datasets): Promise<unknown[]> => {
    const [name, schema] = files[key];
    const shown = shownOf(key);
    declared[key] = new Set();
    let text: string;
    try {
      text = await readFile(join(rootPath, dataDir, name), 'utf8');
    } catch (error) {
      readable = false;
      errors.push(new ContentError(shown, `cannot be read: ${(error as Error).message}`));
      return [];
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      readable = false;
      errors.push(new ContentError(shown, jsonSyntaxMessage(text, (error as Error).message)));
      return [];
    }
    if (!Array.isArray(raw)) {
      readable = false;
      errors.push(new ContentError(shown, 'must hold a JSON array of records, [ { … }, { … } ]'));
      return [];
    }
    const records: unknown[] = [];
    raw.forEach((record: unknown, index) => {
      const label = recordLabel(record, index);
      const id = (record as { id?: unknown } | null)?.id;
      if (typeof id === 'string') {
        if (declared[key].has(id)) errors.push(new ContentError(shown, `record ${label}, field "id": "${id}" is used twice`));
        declared[key].add(id);
      }
      // A field whose words are the site's (recordWords) is named with the key that holds it. (A source's headline is
      // its own: its schema says when it belongs here.)
      const moved = key in recordWords ? recordWords[key as keyof typeof recordWords] : undefined;
      const strays =
        moved && !moved.worded && record && typeof record === 'object' ? moved.fields.filter(({ field }) => field in record) : [];
      for (const { field, suffix } of strays)
        errors.push(
          new ContentError(
            shown,
            `record ${label}, field "${field}": is one of the site's words: write it in ${siteWordsFiles.en} as "${moved!.prefix}.${typeof id === 'string' ? id : '<id>'}${suffix}" (and translate it in the other languages' files)`,
          ),
        );
      if (strays.length) return;
      const parsed = schema.safeParse(record);
      if (!parsed.success) {
        for (const { path, message } of explainIssues(schema, parsed.error)) {
          errors.push(new ContentError(shown, `record ${label}, field "${path || '(record)'}": ${message}`));
        }
        return;
      }
      records.push(parsed.data);
    });
    return records;
  };

  const data = {} as Record<keyof Datasets, unknown[]>;
  for (const key of Object.keys(files) as (keyof Datasets)[]) data[key] = await read(key);
  // References are only checked when every file could be read, or a missing file would flag every reference to it.
  if (readable)
    checkReferences(data as unknown as Datasets, declared, (key, detail) => errors.push(new ContentError(shownOf(key), detail)));
  if (errors.length) throw new ContentErrors(errors);
  const datasets = data as unknown as Datasets;
  datasets.events = wordRecords(rootPath, 'events', datasets.events, (error) => errors.push(error));
  datasets.quotes = wordRecords(rootPath, 'quotes', datasets.quotes, (error) => errors.push(error));
  datasets.sources = wordRecords(rootPath, 'sources', datasets.sources, (error) => errors.push(error));
  datasets.glossary = wordRecords(rootPath, 'glossary', datasets.glossary, (error) => errors.push(error));
  datasets.corrections = wordRecords(rootPath, 'corrections', datasets.corrections, (error) => errors.push(error));
  datasets.population = wordRecords(rootPath, 'population', datasets.population, (error) => errors.push(error));
  if (errors.length) throw new ContentErrors(errors);
  datasets.glossary = withTermForms(rootPath, datasets.glossary, (error) => errors.push(error));
  if (errors.length) throw new ContentErrors(errors);
  datasets.events = printEventFigures(datasets, (detail) => errors.push(new ContentError(siteWordsFiles.en, detail)));
  datasets.glossary = printDefinitions(datasets, (detail) => errors.push(new ContentError(siteWordsFiles.en, detail)));
  if (errors.length) throw new ContentErrors(errors);
  return datasets;
}

/**
 * The records whose words are the site's, not the data's: each field read from content/i18n/en.json (and translated in
 * the other languages' files) under `<prefix>.<id><suffix>`, e.g. `event.E32` (its title), `event.E32.reported`,
 * `quote.clegg-2022-03-04.speaker`, `description.<id>` (the site's description of a page that shows no headline).
 * Only the records `worded` picks have words (every record, where it is not given).
 */
export const recordWords: Readonly<
  Record<
    'events' | 'quotes' | 'sources' | 'glossary' | 'corrections' | 'population',
    {
      readonly prefix: string;
      readonly worded?: (record: object) => boolean;
      readonly fields: readonly { readonly suffix: string; readonly field: string; readonly required: boolean }[];
    }
  >
> = {
  events: {
    prefix: 'event',
    fields: [
      { suffix: '', field: 'title', required: true },
      { suffix: '.reported', field: 'reportedDetail', required: false },
    ],
  },
  quotes: {
    prefix: 'quote',
    fields: [
      { suffix: '', field: 'text', required: true },
      { suffix: '.speaker', field: 'speaker', required: true },
      { suffix: '.role', field: 'role', required: false },
      { suffix: '.translation', field: 'translation', required: false },
    ],
  },
  sources: {
    prefix: 'description',
    worded: (source) => 'titleIsDescription' in source && source.titleIsDescription === true,
    fields: [{ suffix: '', field: 'title', required: true }],
  },
  population: {
    prefix: 'population',
    fields: [{ suffix: '.excludes', field: 'excludes', required: true }],
  },
  corrections: {
    prefix: 'correction',
    fields: [{ suffix: '', field: 'change', required: true }],
  },
  glossary: {
    prefix: 'term',
    fields: [
      { suffix: '', field: 'term', required: true },
      { suffix: '.definition', field: 'definition', required: true },
    ],
  },
};

/**
 * `records` with their words from one language's file of site words (`words`, see `recordWords`), each passed through
 * `print`. A word the record needs that the file lacks (a required one, or one the record already has, as a
 * translation must) goes to `missing`, and a required one stands as the record's id.
 */
export function withRecordWords<R extends { id: string }>(
  kind: keyof typeof recordWords,
  records: readonly R[],
  words: Readonly<Record<string, unknown>>,
  missing: (key: string, field: string) => void,
  print: (text: string) => string = (text) => text,
): R[] {
  const { prefix, fields, worded: picks = () => true } = recordWords[kind];
  return records.map((record) => {
    if (!picks(record)) return record;
    const worded: Record<string, unknown> = { ...record };
    for (const { suffix, field, required } of fields) {
      const key = `${prefix}.${record.id}${suffix}`;
      const value = words[key];
      if (typeof value === 'string' && value !== '') worded[field] = print(value);
      else if (required || field in record) {
        missing(key, field);
        if (required) worded[field] = record.id;
      }
    }
    return worded as R;
  });
}

/**
 * Each record of a data file with its English words from content/i18n/en.json (see `recordWords`). Reports a record
 * without a word it needs and a key that names no record. (A file that cannot be read or parsed is reported by the
 * check of the site's words.)
 */
function wordRecords<R extends { id: string }>(
  root: string,
  kind: keyof typeof recordWords,
  records: readonly unknown[],
  report: (error: ContentError) => void,
): R[] {
  const { prefix, fields, worded: picks = () => true } = recordWords[kind];
  const file = siteWordsFiles.en;
  const data = `content/data/${files[kind][0]}`;
  let words: Readonly<Record<string, unknown>>;
  try {
    words = siteWords('en', root);
  } catch {
    report(new ContentError(file, `${prefix}s have no words until this file can be read (see its own error)`));
    return records as R[];
  }
  const ids = new Set((records as R[]).filter(picks).map((r) => r.id));
  const all = new Set((records as R[]).map((r) => r.id));
  const suffixes = fields
    .map((f) => f.suffix.replace('.', '\\.'))
    .filter(Boolean)
    .join('|');
  const ours = new RegExp(`^${prefix}\\.([^.]+)(?:${suffixes})?$`);
  for (const key of Object.keys(words)) {
    const id = ours.exec(key)?.[1];
    if (!key.startsWith(`${prefix}.`) || (id && ids.has(id))) continue;
    report(
      new ContentError(
        file,
        id && all.has(id)
          ? `${key}: ${data} gives "${id}" its own ${fields[0]!.field}, so it takes no ${prefix} here`
          : `${key}: names no ${prefix} of ${data}`,
      ),
    );
  }
  return withRecordWords(kind, records as R[], words, (key, field) =>
    report(new ContentError(file, `${key}: missing: every ${prefix} of ${data} needs its ${field} here`)),
  );
}

/**
 * The glossary's terms with their English forms (content/i18n/en-term-forms.json, src/data/term-forms.ts) as
 * `aliases`, each phrase belonging to one term. Reports the file's own mistakes, by line and column where it is not
 * JSON; the Russian forms are checked with the translation (src/build/i18n/translation-check.ts).
 */
function withTermForms(root: string, terms: readonly GlossaryTerm[], report: (error: ContentError) => void): GlossaryTerm[] {
  const file = termFormsFiles.en;
  let forms: Record<string, readonly string[]>;
  try {
    const text = readFileSync(join(root, file), 'utf8');
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      report(new ContentError(file, jsonSyntaxMessage(text, (error as Error).message)));
      return [...terms];
    }
    const parsed = termFormsSchema.safeParse(raw);
    if (!parsed.success) {
      for (const { path, message } of parsed.error.issues) report(new ContentError(file, `${path.join('.') || '(file)'}: ${message}`));
      return [...terms];
    }
    forms = parsed.data;
  } catch (error) {
    report(new ContentError(file, `cannot be read: ${(error as Error).message}`));
    return [...terms];
  }
  for (const problem of termPhrasesProblems(terms, forms)) report(new ContentError(file, problem));
  return terms.map((t) => ({ ...t, aliases: [...(forms[t.id] ?? [])] }));
}

/**
 * Events' titles and reported details with their placeholders printed (`{claim:…}`), so that a figure the data holds
 * in claims.json is written there once and every label, table and download of the event prints it from there.
 */
function printEventFigures(data: Datasets, report: (detail: string) => void): Datasets['events'] {
  return data.events.map((e) => {
    const print = (field: 'title' | 'reportedDetail') => {
      const text = e[field];
      if (text === undefined) return undefined;
      try {
        return resolvePlaceholders(text, data);
      } catch (error) {
        report(`event.${e.id}${field === 'title' ? '' : '.reported'}: ${(error as Error).message}`);
        return text;
      }
    };
    return { ...e, title: print('title')!, ...(e.reportedDetail === undefined ? {} : { reportedDetail: print('reportedDetail') }) };
  });
}

/** Glossary definitions with their placeholders printed (`{claim:…}`, `{date:E08}`), as for event titles. */
function printDefinitions(data: Datasets, report: (detail: string) => void): Datasets['glossary'] {
  return data.glossary.map((term) => {
    try {
      return { ...term, definition: resolvePlaceholders(term.definition, data) };
    } catch (error) {
      report(`term.${term.id}.definition: ${(error as Error).message}`);
      return term;
    }
  });
}

/** "line 12, column 5: not valid JSON: …" from the parser's "… in JSON at position 311". */
export function jsonSyntaxMessage(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message);
  const reason = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  if (!position) return `is not valid JSON: ${reason}`;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: is not valid JSON: ${reason}`;
}

/** Names a record by its id when it has one, else by its position, for error messages. */
function recordLabel(record: unknown, index: number): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `"${id}"` : `#${index + 1}`;
}

/** Checks that every source and platform a record names exists, and that no reach exceeds the population. */
function checkReferences(
  data: Datasets,
  declared: Readonly<Record<keyof Datasets, ReadonlySet<string>>>,
  report: (key: keyof Datasets, detail: string) => void,
): void {
  const need = (ok: boolean, key: keyof Datasets, id: string, field: string, message: string) => {
    if (!ok) report(key, `record "${id}", field "${field}": ${message}`);
  };
  const knownSource = (key: keyof Datasets, id: string, field: string, ref: string) =>
    need(declared.sources.has(ref), key, id, field, `source "${ref}" does not exist in sources.json`);
  const knownPlatform = (key: keyof Datasets, id: string, field: string, ref: string) =>
    need(declared.platforms.has(ref), key, id, field, `platform "${ref}" does not exist in platforms.json`);

  const population = Math.min(...data.population.map((p) => p.value));
  for (const r of data.audience) {
    knownSource('audience', r.id, 'source', r.source);
    knownPlatform('audience', r.id, 'platform', r.platform);
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
    e.platforms.forEach((p, i) => knownPlatform('events', e.id, `platforms.${i}`, p));
  }
  for (const p of data.population) p.sources.forEach((s, i) => knownSource('population', p.id, `sources.${i}`, s));
  for (const q of data.quotes) {
    q.sources.forEach((s, i) => knownSource('quotes', q.id, `sources.${i}`, s));
    q.original?.sources.forEach((s, i) => knownSource('quotes', q.id, `original.sources.${i}`, s));
  }
  for (const c of data.claims) c.sources.forEach((s, i) => knownSource('claims', c.id, `sources.${i}`, s));
  checkGlossary(data, declared, need, knownSource);
}

/** The glossary's references: every source, event and "see" term exists. */
function checkGlossary(
  data: Datasets,
  declared: Readonly<Record<keyof Datasets, ReadonlySet<string>>>,
  need: (ok: boolean, key: keyof Datasets, id: string, field: string, message: string) => void,
  knownSource: (key: keyof Datasets, id: string, field: string, ref: string) => void,
): void {
  for (const g of data.glossary) {
    g.sources.forEach((s, i) => knownSource('glossary', g.id, `sources.${i}`, s));
    g.events.forEach((e, i) => need(declared.events.has(e), 'glossary', g.id, `events.${i}`, `event "${e}" does not exist in events.json`));
    g.see.forEach((s, i) =>
      need(
        declared.glossary.has(s) && s !== g.id,
        'glossary',
        g.id,
        `see.${i}`,
        s === g.id ? 'a term cannot refer to itself' : `term "${s}" does not exist in glossary.json`,
      ),
    );
  }
}

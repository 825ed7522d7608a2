import { defineCollection } from 'astro:content';
import { chapterLoader } from './data/chapter-loader.ts';
import { chapterEntrySchema, translatedChapterEntrySchema } from './data/chapter-schema.ts';
import { dataLoader } from './data/data-loader.ts';
import type { ZodTypeAny } from 'zod';
import { recordSchemas, type Datasets } from './data/load-datasets.ts';

/** Each collection's schema, as the type defineCollection takes (the spread in `recordSchemas` hides that they are). */
type RecordSchemas = { [K in keyof Datasets]: (typeof recordSchemas)[K] & ZodTypeAny };

/**
 * One collection per data file in `files` (src/data/load-datasets.ts), so a new data file needs no change here; each holds
 * its records as `loadDatasets` returns them (the events with their English words: `recordSchemas`).
 */
const dataCollections = Object.fromEntries(
  (Object.keys(recordSchemas) as (keyof Datasets)[]).map((key) => [
    key,
    defineCollection({ loader: dataLoader(key), schema: recordSchemas[key] }),
  ]),
) as { [K in keyof Datasets]: ReturnType<typeof defineCollection<RecordSchemas[K]>> };

export const collections = {
  chapters: defineCollection({ loader: chapterLoader('en'), schema: chapterEntrySchema }),
  chaptersRu: defineCollection({ loader: chapterLoader('ru'), schema: translatedChapterEntrySchema }),
  ...dataCollections,
};

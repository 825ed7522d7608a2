import { defineCollection } from 'astro:content';
import { chapterLoader } from './data/chapter-loader.ts';
import { chapterEntrySchema } from './data/chapter-schema.ts';
import { dataLoader } from './data/data-loader.ts';
import { files, type Datasets } from './data/load-datasets.ts';

/** One collection per data file in `files` (src/data/load-datasets.ts), so a new data file needs no change here. */
const dataCollections = Object.fromEntries(
  (Object.keys(files) as (keyof Datasets)[]).map((key) => [key, defineCollection({ loader: dataLoader(key), schema: files[key][1] })]),
) as { [K in keyof Datasets]: ReturnType<typeof defineCollection<(typeof files)[K][1]>> };

export const collections = {
  chapters: defineCollection({ loader: chapterLoader(), schema: chapterEntrySchema }),
  ...dataCollections,
};

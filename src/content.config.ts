import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'zod';
import { chapterSchema } from './data/chapter-schema.ts';
import { checkFrontMatterFigures } from './data/front-matter-figures.ts';
import { loadDatasets, type Datasets } from './data/load-datasets.ts';
import {
  audienceSchema,
  claimSchema,
  correctionSchema,
  eventSchema,
  platformSchema,
  populationSchema,
  quoteSchema,
  sourceSchema,
} from './data/schemas.ts';

/**
 * Loads one data file through `loadDatasets`, which validates every file and cross-reference first, so a bad record
 * stops the build with the file, the record and the field in the message.
 */
function dataLoader(key: keyof Datasets): Loader {
  return {
    name: `data-${key}`,
    async load({ store, config, parseData }) {
      const datasets = await loadDatasets(config.root);
      store.clear();
      for (const record of datasets[key]) {
        store.set({ id: record.id, data: await parseData({ id: record.id, data: { ...record } }) });
      }
    },
  };
}

const dataCollection = (key: keyof Datasets, schema: z.ZodTypeAny) =>
  defineCollection({ loader: dataLoader(key), schema });

export const collections = {
  chapters: defineCollection({
    loader: glob({ base: './content/chapters', pattern: '*.mdx' }),
    schema: chapterSchema.superRefine(checkFrontMatterFigures),
  }),
  sources: dataCollection('sources', sourceSchema),
  platforms: dataCollection('platforms', platformSchema),
  audience: dataCollection('audience', audienceSchema),
  events: dataCollection('events', eventSchema),
  population: dataCollection('population', populationSchema),
  quotes: dataCollection('quotes', quoteSchema),
  claims: dataCollection('claims', claimSchema),
  corrections: dataCollection('corrections', correctionSchema),
};

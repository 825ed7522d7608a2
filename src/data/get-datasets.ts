import { getCollection } from 'astro:content';
import type { Datasets } from './load-datasets.ts';

/** The validated datasets, read from Astro's content collections (for components and pages at build time). */
export async function getDatasets(): Promise<Datasets> {
  const records = async <K extends keyof Datasets>(name: K) =>
    (await getCollection(name)).map((entry) => entry.data) as Datasets[K];
  return {
    sources: await records('sources'),
    platforms: await records('platforms'),
    audience: await records('audience'),
    events: await records('events'),
    population: await records('population'),
    quotes: await records('quotes'),
    claims: await records('claims'),
    corrections: await records('corrections'),
  };
}

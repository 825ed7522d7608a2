import { getCollection } from 'astro:content';
import { loadErrorId } from './data-loader.ts';
import { files, type Datasets } from './load-datasets.ts';

/**
 * The validated datasets, read from Astro's content collections (for components and pages at build time). In the
 * dev server, after an edit that broke the data, it throws the data's errors so the page shows them.
 */
export async function getDatasets(): Promise<Datasets> {
  const out = {} as Record<keyof Datasets, unknown[]>;
  for (const key of Object.keys(files) as (keyof Datasets)[]) {
    const entries = await getCollection(key);
    const broken = entries.find((entry) => entry.id === loadErrorId);
    if (broken) throw new Error((broken.data as unknown as { message: string }).message);
    out[key] = entries.map((entry) => entry.data);
  }
  return out as unknown as Datasets;
}

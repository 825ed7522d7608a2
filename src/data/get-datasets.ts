import { getCollection } from 'astro:content';
import { loadErrorId } from './data-loader.ts';
import { files, type Datasets } from './load-datasets.ts';

/** A build's datasets, read once: nothing changes them while it renders. */
let built: Promise<Datasets> | undefined;

/**
 * The validated datasets, read from Astro's content collections (for components and pages at build time). In the
 * dev server they are read on every call, so that an edit shows at the next page load; after an edit that broke the
 * data, it throws the data's errors so the page shows them. A build reads them once (Astro copies every entry's data
 * on each `getCollection`, and a build asks for them hundreds of times).
 */
export function getDatasets(): Promise<Datasets> {
  if (import.meta.env.DEV) return readDatasets();
  return (built ??= readDatasets());
}

async function readDatasets(): Promise<Datasets> {
  const out = {} as Record<keyof Datasets, unknown[]>;
  for (const key of Object.keys(files) as (keyof Datasets)[]) {
    const entries = await getCollection(key);
    const broken = entries.find((entry) => entry.id === loadErrorId);
    if (broken) throw new Error((broken.data as unknown as { message: string }).message);
    out[key] = entries.map((entry) => entry.data);
  }
  return out as unknown as Datasets;
}

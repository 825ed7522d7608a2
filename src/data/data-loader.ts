import type { Loader } from 'astro/loaders';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDir, files, loadDatasets, type Datasets } from './load-datasets.ts';
import { siteWordsFiles } from './site-words.ts';

/** The id of the entry that stands in for a collection's records while the data has errors (dev server only). */
export const loadErrorId = '__content-error__';

/**
 * Loads one data file through `loadDatasets`, which validates every file and cross-reference first, so a bad record
 * stops the build with the file, the record and the field in the message. In `astro dev` it watches
 * `content/data/*.json` (and the events' titles in content/i18n/en.json) and reloads on every edit: the page then shows the new figures, or, when the edit broke
 * something, the error (getDatasets throws it), with no restart.
 */
export function dataLoader(key: keyof Datasets): Loader {
  return {
    name: `data-${key}`,
    async load({ store, config, parseData, watcher, logger }) {
      const fill = async () => {
        const datasets = await loadDatasets(config.root);
        store.clear();
        for (const record of datasets[key]) {
          store.set({ id: record.id, data: await parseData({ id: record.id, data: { ...record } }) });
        }
      };
      await fill();
      if (!watcher) return;
      const dir = join(fileURLToPath(config.root), dataDir);
      const ours = new Set<string>(Object.values(files).map(([name]) => name));
      // The events' English words (their titles) come from the site's words.
      const words = join(fileURLToPath(config.root), siteWordsFiles.en);
      watcher.add([dir, words]);
      const reload = async (path: string) => {
        if (path !== words && (!path.startsWith(dir) || !ours.has(basename(path)))) return;
        try {
          await fill();
        } catch (error) {
          // Every collection reports the same mistakes; the first one logs them.
          if (key === 'sources') logger.error((error as Error).message);
          store.clear();
          store.set({ id: loadErrorId, data: { message: (error as Error).message } });
        }
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', reload);
    },
  };
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Datasets } from '../../data/load-datasets.ts';
import { parseChapterBody, splitChapter } from '../content/chapter-text.ts';
import { expandFigures, figureLanguage } from '../mdx/expand-figures.ts';
import { inspectChapter } from '../mdx/inspect-chapter.ts';
import type { PseudoStep } from './pseudo-locale.ts';

/** Every step of every English chapter under `root`, in story order, as the content check reads them. */
export function englishSteps(root: string, datasets: Datasets): PseudoStep[] {
  const folder = 'content/chapters/en';
  return readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      const file = `${folder}/${name}`;
      const chapter = name.replace(/^\d+-|\.mdx$/g, '');
      const tree = parseChapterBody(splitChapter(readFileSync(join(root, file), 'utf8')).body);
      expandFigures(tree, datasets, figureLanguage(datasets, 'en', root));
      return inspectChapter(tree, { file, chapter, datasets, owners: new Map() }).outline.steps.map((step) => ({ ...step, chapter }));
    });
}

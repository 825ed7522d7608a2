import { glob, type Loader } from 'astro/loaders';
import { basename } from 'node:path';
import { chapterOrder } from './chapter-schema.ts';
import type { Locale } from '../core/locale.ts';

/** The content collection that holds each language's chapters. */
export const chapterCollections = { en: 'chapters', ru: 'chaptersRu' } as const satisfies Record<Locale, string>;

/**
 * Astro's glob loader for a language's chapters, `content/chapters/<locale>/*.mdx`, with each chapter's `order` taken
 * from its file name's `NN-` prefix, the one place the story's order is written. (The content check refuses duplicate
 * or missing numbers, and the translation check a translation without its twin.)
 */
export function chapterLoader(locale: Locale): Loader {
  const inner = glob({ base: `./content/chapters/${locale}`, pattern: '*.mdx' });
  return {
    name: chapterCollections[locale],
    load: (context) =>
      inner.load({
        ...context,
        parseData: (props) => {
          const order = chapterOrder(basename(props.filePath ?? '')) ?? 0;
          return context.parseData({ ...props, data: { ...props.data, order } });
        },
      }),
  };
}

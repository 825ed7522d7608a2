import { glob, type Loader } from 'astro/loaders';
import { basename } from 'node:path';
import { chapterOrder } from './chapter-schema.ts';

/**
 * Astro's glob loader for `content/chapters/en/*.mdx`, with each chapter's `order` taken from its file name's `NN-`
 * prefix, the one place the story's order is written. (The content check refuses duplicate or missing numbers.)
 */
export function chapterLoader(): Loader {
  const inner = glob({ base: './content/chapters/en', pattern: '*.mdx' });
  return {
    name: 'chapters',
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

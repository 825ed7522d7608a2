import { getChapters } from '../content/get-chapters.ts';
import { shortLinkCode } from './short-link.ts';
import { fill } from '../../core/fill.ts';
import { quote } from '../../core/format.ts';
import { localePath, type Locale } from '../../core/locale.ts';
import { siteWords } from '../../data/site-words.ts';

/** Where a short link leads, and how its page names it. */
export interface ShortLinkTarget {
  /** The chapter's path in the edition, and the step's id for a step. */
  readonly path: string;
  readonly hash: string | undefined;
  readonly slug: string;
  /** "Chapter 4 · step 4 of 8" */
  readonly heading: string;
  /** "step 4 of 8 of chapter 4, “A decade of closing doors”" */
  readonly what: string;
}

/**
 * The static paths of an edition's short links (src/build/kit/short-link.ts): one per chapter and one per step, each
 * leading to that edition's chapter or step, named in its words.
 */
export async function shortLinkRoutes(locale: Locale) {
  const chapters = await getChapters(locale);
  const words = siteWords(locale);
  return chapters.flatMap((chapter) => {
    const { order } = chapter.entry.data;
    const title = quote(chapter.entry.data.title, locale);
    const path = localePath(locale, `/chapters/${chapter.slug}/`);
    const count = chapter.story.steps.length;
    const targets: (ShortLinkTarget & { code: string })[] = [
      {
        code: shortLinkCode(order),
        path,
        hash: undefined,
        slug: chapter.slug,
        heading: fill(words['short.chapter'], { order, count: chapters.length }),
        what: fill(words['short.whatChapter'], { order, title }),
      },
      ...chapter.story.steps.map((step, i) => ({
        code: shortLinkCode(order, i + 1),
        path,
        hash: step.id,
        slug: chapter.slug,
        heading: fill(words['short.step'], { order, number: i + 1, count }),
        what: fill(words['short.whatStep'], { order, number: i + 1, count, title }),
      })),
    ];
    return targets.map(({ code, ...target }) => ({ params: { code }, props: target }));
  });
}

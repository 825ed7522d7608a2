import type { ChapterInfo } from '../content/get-chapters.ts';
import { getChapters } from '../content/get-chapters.ts';
import { getLessons, type LessonChapter } from '../lesson/lesson-data.ts';
import { localePath, type Locale } from '../../core/locale.ts';
import { getDatasets } from '../../data/get-datasets.ts';
import { chapterKitOf, type ChapterKit } from './chapter-kit.ts';
import { chapterKit, formatAsOf, type KitStep } from './kit-steps.ts';
import { shortLinkPath } from './short-link.ts';

/** What the educators' page of an edition prints (src/pages/educators.astro and its Russian twin). */
export interface EducatorsKit {
  /** Each chapter with its kit, its steps' kits and its lesson material (when it has notes or a quiz), in story order. */
  readonly chapters: readonly {
    readonly chapter: ChapterInfo;
    readonly kit: ChapterKit;
    readonly steps: readonly KitStep[];
    readonly lesson?: LessonChapter;
  }[];
  /** Minutes to read the whole story. */
  readonly minutes: number;
  /** The date of the newest source, as the edition writes it. */
  readonly asOf: string;
  /** A short link to show as an example (the last chapter's second step), as a path in the edition. */
  readonly exampleShortLink: string;
}

/** The educators' page's chapters and figures in `locale`'s edition. */
export async function educatorsKit(locale: Locale): Promise<EducatorsKit> {
  const [chapters, datasets, lessons] = await Promise.all([getChapters(locale), getDatasets(), getLessons(locale)]);
  const bySlug = new Map(lessons.chapters.map((c) => [c.slug, c]));
  const kits = chapters.map((chapter) => {
    const lesson = bySlug.get(chapter.slug);
    const taught = lesson && lesson.lesson.notes.length + lesson.lesson.quiz.length > 0;
    return { chapter, kit: chapterKitOf(chapter, datasets), steps: chapterKit(chapter, datasets), ...(taught ? { lesson } : {}) };
  });
  const last = kits.at(-1)!;
  return {
    chapters: kits,
    minutes: chapters.reduce((sum, c) => sum + c.minutes, 0),
    asOf: formatAsOf(kits[0]!.kit.asOf, locale),
    exampleShortLink: localePath(locale, shortLinkPath(last.chapter.entry.data.order, Math.min(2, last.steps.length))),
  };
}

import type { Locale } from '../../core/locale.ts';
import { getLessons } from './lesson-data.ts';

/** The static paths of an edition's quiz sheets (/educators/quiz/<slug>/, /ru/educators/quiz/<slug>/): one per chapter with a quiz. */
export async function quizRoutes(locale: Locale) {
  const { chapters } = await getLessons(locale);
  return chapters
    .filter((chapter) => chapter.lesson.quiz.length > 0)
    .map((chapter) => ({ params: { slug: chapter.slug }, props: { chapter, count: chapters.length } }));
}

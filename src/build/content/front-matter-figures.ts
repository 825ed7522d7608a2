import type { ChapterMeta } from '../../data/chapter-schema.ts';
import type { Locale } from '../../core/locale.ts';
import { resolvePlaceholders } from '../../data/figure-text.ts';
import type { Datasets } from '../../data/load-datasets.ts';
import { typedFactMessage, typedFacts } from './typed-facts.ts';
import { lessonProblems } from '../lesson/chapter-lesson.ts';

/** The front-matter fields a reader sees as text. */
type FrontMatterText = Pick<ChapterMeta, 'summary' | 'objectives' | 'questions' | 'teacherNotes' | 'quiz'>;

/** The front-matter fields that readers see as text, each with its path for error messages. */
function textFields(meta: FrontMatterText): [string, (string | number)[]][] {
  return [
    [meta.summary, ['summary']],
    ...meta.objectives.map((o, i): [string, (string | number)[]] => [o, ['objectives', i]]),
    ...meta.questions.map((q, i): [string, (string | number)[]] => [q, ['questions', i]]),
  ];
}

/**
 * Every date or figure typed by hand in a chapter's front matter, as `field "summary": the date "13 August 2025" is
 * typed by hand, but the data holds it: write {date:E32}`. Front matter is plain text, so its figures are written as
 * placeholders (figure-text.ts).
 */
export function frontMatterFacts(meta: FrontMatterText, data: Datasets): string[] {
  return [
    ...textFields(meta).flatMap(([value, path]) =>
      typedFacts(value, data).map((fact) => `field "${path.join('.')}": ${typedFactMessage(fact, 'plain text')}`),
    ),
    // The teacher notes and the exit quiz: typed facts too, and answers the data must bear out (lesson/chapter-lesson.ts).
    ...lessonProblems(meta, data),
  ];
}

/**
 * The front matter with its placeholders printed from the data. This runs whenever a page reads a chapter (through
 * getChapters), not when the file is cached, so a changed record reaches every summary at the next build. A typed
 * date or figure stops it, as it stops the content check.
 */
export function resolveFrontMatter<Meta extends ChapterMeta>(meta: Meta, data: Datasets, file: string, locale: Locale = 'en'): Meta {
  // A translation's typed facts are the translation check's to find (src/build/i18n/translation-check.ts).
  const typed = locale === 'en' ? frontMatterFacts(meta, data) : [];
  if (typed.length) throw new Error(`${file}: ${typed.join('; ')}`);
  const resolve = (value: string, path: (string | number)[]) => {
    try {
      return resolvePlaceholders(value, data, locale);
    } catch (error) {
      throw new Error(`${file}: ${path.join('.')}: ${(error as Error).message}`);
    }
  };
  return {
    ...meta,
    summary: resolve(meta.summary, ['summary']),
    objectives: meta.objectives.map((o, i) => resolve(o, ['objectives', i])),
    questions: meta.questions.map((q, i) => resolve(q, ['questions', i])),
  };
}

import { chapterSources } from '../content/chapter-sources.ts';
import { getChapters } from '../content/get-chapters.ts';
import { chapterDataPath, sourceAnchor } from '../../core/anchors.ts';
import { defaultLocale, localePath, type Locale } from '../../core/locale.ts';
import { datasetsIn } from '../../data/datasets-in.ts';
import { outletWordsIn } from '../../data/names-in.ts';
import { url } from '../../core/url.ts';
import { getDatasets } from '../../data/get-datasets.ts';
import { sourceOutlet } from '../../data/source-credit.ts';
import { chapterLesson, sourcedText, type ChapterLesson } from './chapter-lesson.ts';
import { checkPlans, lessonPlans, type LessonPlan } from './lesson-plans.ts';

/** A link to a source's entry on the sources page, as a citation shows it: "(Reuters)". */
export interface SourceLink {
  readonly href: string;
  /** The outlet, as an inline citation names it. */
  readonly label: string;
  /** The source's title, for the link's tooltip. */
  readonly title: string;
}

/** A chapter as the lesson pages use it: its questions, notes and quiz, and where its parts live. */
export interface LessonChapter {
  readonly slug: string;
  readonly order: number;
  readonly title: string;
  readonly href: string;
  readonly minutes: number;
  /** The discussion questions, their placeholders printed. */
  readonly questions: readonly string[];
  readonly lesson: ChapterLesson;
  /** The printable quiz sheet. */
  readonly quizSheetHref: string;
  /** Anchors on the lesson page: the chapter's notes, one question's note (by number), its quiz. */
  readonly notesId: string;
  readonly noteId: (number: number) => string;
  readonly quizId: string;
  /** Each step's id, in order. */
  readonly steps: readonly string[];
  /** The href of its first data table, on the chapter's data page, if it has a graphic. */
  readonly tableHref?: string;
  /** Links to these sources on the sources page: in this chapter's group when it lists them, else the first that does. */
  readonly cite: (sources: readonly string[]) => SourceLink[];
}

/** The lesson pages' material. */
export interface Lessons {
  readonly chapters: readonly LessonChapter[];
  readonly plans: readonly LessonPlan[];
  /** Links to these sources, each in the first chapter's group on the sources page that lists it. */
  readonly cite: (sources: readonly string[]) => SourceLink[];
  /** A sentence of the page's own with placeholders, printed from the data, with links to the sources of its figures. */
  readonly print: (text: string) => { readonly text: string; readonly links: SourceLink[] };
}

/** Where the lesson plans and quizzes live. */
export const lessonPath = '/educators/lesson/';
export const quizSheetPath = (slug: string, locale: Locale = defaultLocale) => localePath(locale, `/educators/quiz/${slug}/`);

/**
 * Every chapter's lesson material, in story order, and the lesson plans, checked against the chapters (checkPlans):
 * a plan that names a step, question or quiz no chapter has stops the build, with what is wrong.
 */
export async function getLessons(locale: Locale = defaultLocale): Promise<Lessons> {
  const [chapters, english] = await Promise.all([getChapters(locale), getDatasets()]);
  const datasets = datasetsIn(english, locale);
  const outletWords = outletWordsIn(locale);
  const byId = new Map(datasets.sources.map((s) => [s.id, s]));
  const listedIn = new Map<string, string[]>();
  for (const chapter of chapters)
    for (const id of chapterSources(chapter, datasets).keys()) listedIn.set(id, [...(listedIn.get(id) ?? []), chapter.slug]);

  const citeIn = (slug: string | undefined) => (sources: readonly string[]) =>
    sources.map((id): SourceLink => {
      const source = byId.get(id);
      const groups = listedIn.get(id) ?? [];
      if (!source || groups.length === 0) throw new Error(`lesson page: source "${id}" is on no chapter's list of sources`);
      const group = slug && groups.includes(slug) ? slug : groups[0]!;
      return {
        href: url(localePath(locale, '/sources/'), sourceAnchor(group, id)),
        label: sourceOutlet(source, outletWords),
        title: source.title,
      };
    });

  const lessons = chapters.map((chapter): LessonChapter => {
    const { slug } = chapter;
    const table = chapter.story.stories[0]?.table;
    return {
      slug,
      order: chapter.entry.data.order,
      title: chapter.entry.data.title,
      href: chapter.href,
      minutes: chapter.minutes,
      questions: chapter.entry.data.questions,
      // getChapters prints the summary, objectives and questions; the notes and quiz keep their placeholders for this.
      lesson: chapterLesson(chapter.entry.data, datasets, chapter.entry.filePath ?? chapter.entry.id, locale),
      quizSheetHref: url(quizSheetPath(slug, locale)),
      notesId: `notes-${slug}`,
      noteId: (number) => `notes-${slug}-${number}`,
      quizId: `quiz-${slug}`,
      steps: chapter.story.steps.map((s) => s.id),
      tableHref: table ? url(localePath(chapter.locale, chapterDataPath(chapter.slug)), table) : undefined,
      cite: citeIn(slug),
    };
  });

  const problems = checkPlans(
    lessonPlans,
    lessons.map((c) => ({
      slug: c.slug,
      minutes: c.minutes,
      questions: c.questions.length,
      steps: c.steps,
      hasQuiz: c.lesson.quiz.length > 0,
      hasTable: c.tableHref !== undefined,
    })),
  );
  if (problems.length) throw new Error(`src/build/lesson/lesson-plans.ts: ${problems.join('; ')}`);
  const cite = citeIn(undefined);
  const print = (text: string) => {
    const printed = sourcedText(text, datasets, locale);
    return { text: printed.text, links: cite(printed.sources) };
  };
  return { chapters: lessons, plans: lessonPlans, cite, print };
}

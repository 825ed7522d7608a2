import type { SiteWord } from '../../data/site-words.ts';

/**
 * The lesson plans on /educators/lesson/ and /ru/educators/lesson/: one lesson of 45 minutes, and two lessons of 45
 * minutes each. Every lesson runs warm-up, reading, task, discussion and exit ticket, in that order, and its timings
 * add up to the lesson's length. Chapters are named by slug (their URL), steps by id, discussion questions by number,
 * so the page prints each from the chapter itself; checkPlans refuses a plan that names what no chapter has. Their
 * words are in the site's catalogues, one per language (`lesson.*`), and hold no figures or dates: those are printed
 * from the data, on the chapters and in the quizzes.
 */

/** The length of one lesson, in minutes. */
export const lessonMinutes = 45;

/** The parts of every lesson, in order. */
export const phases = ['warm-up', 'reading', 'task', 'discussion', 'exit-ticket'] as const;
export type Phase = (typeof phases)[number];

/** A key of the lesson's words in the site's catalogues (content/i18n/<locale>.json), which hold every plan's text. */
export type LessonWord = Extract<SiteWord, `lesson.${string}`>;

/** What each part is called on the page, by the key of its words. */
export const phaseNames: Readonly<Record<Phase, LessonWord>> = {
  'warm-up': 'lesson.phase.warmUp',
  reading: 'lesson.phase.reading',
  task: 'lesson.phase.task',
  discussion: 'lesson.phase.discussion',
  'exit-ticket': 'lesson.phase.exitTicket',
};

export interface Activity {
  readonly phase: Phase;
  readonly minutes: number;
  /** Its name, e.g. "Which apps carry the calls?", by the key of its words. */
  readonly title: LessonWord;
  /** What the teacher and the students do, by the key of its words: plain text, without figures or dates. */
  readonly text: LessonWord;
  /** The chapters to read, by slug, each printed with its link and reading time. */
  readonly read?: readonly string[];
  /** Steps to show or use, by id, each printed as "Chapter N, step M" with its link. */
  readonly steps?: readonly string[];
  /** Chapters whose (first) data table the activity uses, by slug. */
  readonly tables?: readonly string[];
  /** Discussion questions, by chapter slug and number (1 for the first), printed in full with a link to the notes. */
  readonly questions?: readonly { readonly chapter: string; readonly number: number }[];
  /** The chapter whose exit quiz is the ticket, by slug. */
  readonly quiz?: string;
  /** True when the activity uses the glossary, which it then links. */
  readonly glossary?: boolean;
}

export interface Lesson {
  /** Its name, by the key of its words. */
  readonly title: LessonWord;
  readonly activities: readonly Activity[];
}

export interface LessonPlan {
  /** The plan's anchor on the page. */
  readonly id: string;
  /** Its heading, with its length (`{minutes}`, a lesson's), by the key of its words. */
  readonly title: LessonWord;
  /** Who it suits and what it covers, in a sentence or two, by the key of its words. */
  readonly summary: LessonWord;
  readonly lessons: readonly Lesson[];
}

const call = 'the-call-that-didnt-connect';
const who = 'who-talks-on-what';
const country = 'a-country-on-its-phones';
const decade = 'a-decade-of-closing-doors';
const stack = 'the-sovereign-stack';

const appsWarmUp: Activity = {
  phase: 'warm-up',
  minutes: 5,
  title: 'lesson.appsWarmUp.title',
  text: 'lesson.appsWarmUp.text',
  steps: ['calls-restricted-13-august-2025'],
};

/** Every plan's structure: its parts, their minutes and what they use. Their words are in the catalogues. */
export const lessonPlans: readonly LessonPlan[] = [
  {
    id: 'one-lesson',
    title: 'lesson.oneLesson.title',
    summary: 'lesson.oneLesson.summary',
    lessons: [
      {
        title: 'lesson.oneLesson.lesson',
        activities: [
          appsWarmUp,
          { phase: 'reading', minutes: 12, title: 'lesson.readInPairs', text: 'lesson.oneLesson.reading', read: [call, who] },
          {
            phase: 'task',
            minutes: 12,
            title: 'lesson.measurementOrClaim.title',
            text: 'lesson.measurementOrClaim.text',
            steps: ['reach-july-2025-whatsapp', 'reach-january-2026-telegram-leads'],
          },
          {
            phase: 'discussion',
            minutes: 11,
            title: 'lesson.wholeClass',
            text: 'lesson.twoQuestions',
            questions: [
              { chapter: who, number: 2 },
              { chapter: call, number: 3 },
            ],
          },
          { phase: 'exit-ticket', minutes: 5, title: 'lesson.exitQuiz', text: 'lesson.oneLesson.exitQuiz', quiz: who },
        ],
      },
    ],
  },
  {
    id: 'two-lessons',
    title: 'lesson.twoLessons.title',
    summary: 'lesson.twoLessons.summary',
    lessons: [
      {
        title: 'lesson.twoLessons.first',
        activities: [
          appsWarmUp,
          {
            phase: 'reading',
            minutes: 15,
            title: 'lesson.readInPairs',
            text: 'lesson.twoLessons.firstReading',
            read: [call, who, country],
          },
          {
            phase: 'task',
            minutes: 10,
            title: 'lesson.addAudiences.title',
            text: 'lesson.addAudiences.text',
            steps: ['population-whatsapp-july-2025', 'population-telegram-july-2025', 'population-overlap-july-2025'],
          },
          {
            phase: 'discussion',
            minutes: 10,
            title: 'lesson.wholeClass',
            text: 'lesson.twoQuestions',
            questions: [
              { chapter: country, number: 1 },
              { chapter: who, number: 1 },
            ],
          },
          { phase: 'exit-ticket', minutes: 5, title: 'lesson.exitQuiz', text: 'lesson.handIn', quiz: country },
        ],
      },
      {
        title: 'lesson.twoLessons.second',
        activities: [
          {
            phase: 'warm-up',
            minutes: 5,
            title: 'lesson.monthlyReach.title',
            text: 'lesson.monthlyReach.text',
            steps: ['timeline-2012-2026'],
            glossary: true,
          },
          { phase: 'reading', minutes: 15, title: 'lesson.readInPairs', text: 'lesson.twoLessons.secondReading', read: [decade, stack] },
          {
            phase: 'task',
            minutes: 12,
            title: 'lesson.confirmedOrReported.title',
            text: 'lesson.confirmedOrReported.text',
            tables: [decade],
            steps: ['timeline-escalation-2025-2026', 'stack-telegram-reported-blocked'],
          },
          {
            phase: 'discussion',
            minutes: 8,
            title: 'lesson.wholeClass',
            text: 'lesson.twoQuestions',
            questions: [
              { chapter: stack, number: 3 },
              { chapter: stack, number: 1 },
            ],
          },
          { phase: 'exit-ticket', minutes: 5, title: 'lesson.exitQuiz', text: 'lesson.handIn', quiz: stack },
        ],
      },
    ],
  },
];

/** What checkPlans needs to know of a chapter. */
export interface PlannedChapter {
  readonly slug: string;
  readonly minutes: number;
  readonly questions: number;
  readonly steps: readonly string[];
  readonly hasQuiz: boolean;
  readonly hasTable: boolean;
}

/**
 * Everything wrong with the plans, one message each: a lesson whose timings do not add up to its length or whose
 * parts are missing or out of order, a reading slot shorter than its chapters' reading time, and a chapter, step,
 * question, table or quiz that no chapter has. The lesson page refuses to build with any.
 */
export function checkPlans(plans: readonly LessonPlan[], chapters: readonly PlannedChapter[]): string[] {
  const problems: string[] = [];
  const bySlug = new Map(chapters.map((c) => [c.slug, c]));
  const steps = new Set(chapters.flatMap((c) => c.steps));
  for (const plan of plans) {
    for (const lesson of plan.lessons) {
      const where = `${plan.id}, lesson ${plan.lessons.indexOf(lesson) + 1}`;
      const total = lesson.activities.reduce((sum, a) => sum + a.minutes, 0);
      if (total !== lessonMinutes) problems.push(`${where}: its timings add up to ${total} minutes, not ${lessonMinutes}`);
      const order = lesson.activities.map((a) => a.phase).join(', ');
      if (order !== phases.join(', ')) problems.push(`${where}: its parts run ${order}; a lesson runs ${phases.join(', ')}`);
      for (const activity of lesson.activities) {
        const chapter = (slug: string, what: string) => {
          const found = bySlug.get(slug);
          if (!found) problems.push(`${where}, ${activity.phase}: ${what} "${slug}" is not a chapter`);
          return found;
        };
        const reading = (activity.read ?? []).reduce((sum, slug) => sum + (chapter(slug, 'reading')?.minutes ?? 0), 0);
        if (reading > activity.minutes)
          problems.push(`${where}, reading: its chapters take ${reading} minutes to read, more than the ${activity.minutes} it gives them`);
        for (const id of activity.steps ?? [])
          if (!steps.has(id)) problems.push(`${where}, ${activity.phase}: no chapter has a step "${id}"`);
        for (const slug of activity.tables ?? [])
          if (chapter(slug, 'table') && !bySlug.get(slug)!.hasTable) problems.push(`${where}: chapter "${slug}" has no data table`);
        for (const { chapter: slug, number } of activity.questions ?? []) {
          const found = chapter(slug, 'question of');
          if (found && !(number >= 1 && number <= found.questions))
            problems.push(`${where}: chapter "${slug}" has no discussion question ${number}; it has ${found.questions}`);
        }
        if (activity.quiz && chapter(activity.quiz, 'quiz of') && !bySlug.get(activity.quiz)!.hasQuiz)
          problems.push(`${where}: chapter "${activity.quiz}" has no exit quiz`);
      }
    }
  }
  return problems;
}

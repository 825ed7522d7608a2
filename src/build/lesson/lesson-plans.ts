/**
 * The lesson plans on /educators/lesson/: one lesson of 45 minutes, and two lessons of 45 minutes each. Every lesson
 * runs warm-up, reading, task, discussion and exit ticket, in that order, and its timings add up to the lesson's
 * length. Chapters are named by slug (their URL), steps by id, discussion questions by number, so the page prints each
 * from the chapter itself; checkPlans refuses a plan that names what no chapter has. The texts hold no figures or dates:
 * those are printed from the data, on the chapters and in the quizzes.
 */

/** The length of one lesson, in minutes. */
export const lessonMinutes = 45;

/** The parts of every lesson, in order. */
export const phases = ['warm-up', 'reading', 'task', 'discussion', 'exit-ticket'] as const;
export type Phase = (typeof phases)[number];

/** What each part is called on the page. */
export const phaseNames: Readonly<Record<Phase, string>> = {
  'warm-up': 'Warm-up',
  reading: 'Reading',
  task: 'Task',
  discussion: 'Discussion',
  'exit-ticket': 'Exit ticket',
};

export interface Activity {
  readonly phase: Phase;
  readonly minutes: number;
  /** Its name, e.g. "Which apps carry the calls?". */
  readonly title: string;
  /** What the teacher and the students do: plain text, without figures or dates. */
  readonly text: string;
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
  readonly title: string;
  readonly activities: readonly Activity[];
}

export interface LessonPlan {
  /** The plan's anchor on the page. */
  readonly id: string;
  /** Its heading, with its length. */
  readonly title: string;
  /** Who it suits and what it covers, in a sentence or two. */
  readonly summary: string;
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
  title: 'Which apps carry the calls?',
  text:
    'On their own, students list the apps people in their country use most to call and message, and who makes each. ' +
    'Take two or three answers. Then show the first step of the first chapter and ask what would change for people if ' +
    'calls on those apps stopped working. Keep it about people in general, not about students’ own families (see the ' +
    'sensitivity note).',
  steps: ['calls-restricted-13-august-2025'],
};

export const lessonPlans: readonly LessonPlan[] = [
  {
    id: 'one-lesson',
    title: `One lesson, ${lessonMinutes} minutes`,
    summary:
      'The restriction of calls in August 2025 and the audiences behind it: the first two chapters, a task on telling ' +
      'measurements from claims, and the exit quiz of the second chapter.',
    lessons: [
      {
        title: 'Calls cut, and who talks on what',
        activities: [
          appsWarmUp,
          {
            phase: 'reading',
            minutes: 12,
            title: 'Read in pairs',
            text:
              'Pairs read the two chapters on a phone or a laptop, or on the printed handouts. Each pair notes one ' +
              'figure, who measured or claimed it, and what it counts.',
            read: [call, who],
          },
          {
            phase: 'task',
            minutes: 12,
            title: 'Measurement or claim?',
            text:
              'Pairs sort the figures they noted, with those in the steps below, into two columns: independent ' +
              'measurements (Mediascope’s monthly reach) and the claims of companies or officials. Then they look at ' +
              'the hollow bars for early 2026 and write one sentence that reports such a figure correctly, saying who ' +
              'reported it.',
            steps: ['reach-july-2025-whatsapp', 'reach-january-2026-telegram-leads'],
          },
          {
            phase: 'discussion',
            minutes: 11,
            title: 'Whole class',
            text: 'Two questions, with a model answer for each in the teacher notes.',
            questions: [
              { chapter: who, number: 2 },
              { chapter: call, number: 3 },
            ],
          },
          {
            phase: 'exit-ticket',
            minutes: 5,
            title: 'Exit quiz',
            text: 'Students answer on paper, alone, and hand it in; the answer key prints on its own page.',
            quiz: who,
          },
        ],
      },
    ],
  },
  {
    id: 'two-lessons',
    title: `Two lessons, 2 × ${lessonMinutes} minutes`,
    summary:
      'The whole story: in the first lesson the call restrictions, the audiences and what they mean for the country; ' +
      'in the second the decade of laws and blocks, and what the state built in their place.',
    lessons: [
      {
        title: 'Who talks on what, and how many is that?',
        activities: [
          appsWarmUp,
          {
            phase: 'reading',
            minutes: 15,
            title: 'Read in pairs',
            text:
              'Pairs read the first three chapters. Each pair notes one figure from each chapter, with who measured ' + 'or claimed it.',
            read: [call, who, country],
          },
          {
            phase: 'task',
            minutes: 10,
            title: 'Can you add audiences?',
            text:
              'With the grids in the steps below, pairs add the squares WhatsApp and Telegram fill, compare the total ' +
              'with the whole grid, and write what that shows about people who use both apps, and what it cannot show.',
            steps: ['population-whatsapp-july-2025', 'population-telegram-july-2025', 'population-overlap-july-2025'],
          },
          {
            phase: 'discussion',
            minutes: 10,
            title: 'Whole class',
            text: 'Two questions, with a model answer for each in the teacher notes.',
            questions: [
              { chapter: country, number: 1 },
              { chapter: who, number: 1 },
            ],
          },
          {
            phase: 'exit-ticket',
            minutes: 5,
            title: 'Exit quiz',
            text: 'Students answer on paper, alone, and hand it in.',
            quiz: country,
          },
        ],
      },
      {
        title: 'A decade of closing doors, and what the state built',
        activities: [
          {
            phase: 'warm-up',
            minutes: 5,
            title: 'What does monthly reach count?',
            text:
              'From memory, students write in one sentence what monthly reach counts, and one thing it does not; they ' +
              'check it against the glossary. Then show the first step of the timeline.',
            steps: ['timeline-2012-2026'],
            glossary: true,
          },
          {
            phase: 'reading',
            minutes: 15,
            title: 'Read in pairs',
            text: 'Pairs read the last two chapters, noting every law they meet and what it allowed.',
            read: [decade, stack],
          },
          {
            phase: 'task',
            minutes: 12,
            title: 'Confirmed or reported?',
            text:
              'Pairs open the timeline’s data table and choose six events, at least two of them hollow marks. For ' +
              'each they write what happened and when, whether it was announced or confirmed or rests on reports ' +
              'only, and a sentence that reports it in words that fit.',
            tables: [decade],
            steps: ['timeline-escalation-2025-2026', 'stack-telegram-reported-blocked'],
          },
          {
            phase: 'discussion',
            minutes: 8,
            title: 'Whole class',
            text: 'Two questions, with a model answer for each in the teacher notes.',
            questions: [
              { chapter: stack, number: 3 },
              { chapter: stack, number: 1 },
            ],
          },
          {
            phase: 'exit-ticket',
            minutes: 5,
            title: 'Exit quiz',
            text: 'Students answer on paper, alone, and hand it in.',
            quiz: stack,
          },
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
      const where = `${plan.id}, “${lesson.title}”`;
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

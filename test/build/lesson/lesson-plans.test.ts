import { describe, expect, it } from 'vitest';
import { typedFacts } from '../../../src/build/content/typed-facts.ts';
import { checkPlans, lessonPlans, type LessonPlan, type PlannedChapter } from '../../../src/build/lesson/lesson-plans.ts';
import { datasets } from '../../helpers/datasets.ts';
import { locales } from '../../../src/core/locale.ts';
import { siteWords } from '../../../src/data/site-words.ts';

/** Two chapters as checkPlans sees them. */
const chapters: PlannedChapter[] = [
  { slug: 'one', minutes: 3, questions: 2, steps: ['one-a', 'one-b'], hasQuiz: true, hasTable: true },
  { slug: 'two', minutes: 4, questions: 3, steps: ['two-a'], hasQuiz: false, hasTable: true },
];
const plan = (minutes: readonly number[], extra: Partial<LessonPlan['lessons'][number]['activities'][number]> = {}): LessonPlan => ({
  id: 'test',
  title: 'lesson.oneLesson.title',
  summary: 'lesson.oneLesson.summary',
  lessons: [
    {
      title: 'lesson.oneLesson.lesson',
      activities: (['warm-up', 'reading', 'task', 'discussion', 'exit-ticket'] as const).map((phase, i) => ({
        phase,
        minutes: minutes[i]!,
        title: 'lesson.wholeClass',
        text: 'lesson.twoQuestions',
        ...(phase === 'reading' ? { read: ['one', 'two'] } : {}),
        ...(phase === 'exit-ticket' ? { quiz: 'one' } : {}),
        ...(phase === 'task' ? extra : {}),
      })),
    },
  ],
});

describe('the lesson plans', () => {
  // typedFacts knows English month names and number words; in Russian it finds figures written in digits.
  it.each(locales)(
    'state no figure or date in their texts in %s: those are printed from the data, in the chapters and quizzes',
    (locale) => {
      const words = siteWords(locale);
      const texts = lessonPlans
        .flatMap((p) => [p.title, p.summary, ...p.lessons.flatMap((l) => [l.title, ...l.activities.flatMap((a) => [a.title, a.text])])])
        .map((key) => words[key]);
      expect(texts.length).toBeGreaterThan(20);
      expect(texts.flatMap((text) => typedFacts(text, datasets).map((fact) => `${fact.text}: ${text}`))).toEqual([]);
    },
  );

  it('accept a lesson of five parts whose timings add up to 45 minutes', () => {
    expect(checkPlans([plan([5, 10, 15, 10, 5])], chapters)).toEqual([]);
  });

  it('refuse timings that do not add up, parts out of order, too little time to read, and what no chapter has', () => {
    expect(checkPlans([plan([5, 10, 15, 10, 4])], chapters)).toEqual(['test, lesson 1: its timings add up to 44 minutes, not 45']);
    expect(checkPlans([plan([5, 6, 19, 10, 5])], chapters)).toEqual([
      'test, lesson 1, reading: its chapters take 7 minutes to read, more than the 6 it gives them',
    ]);
    const swapped = plan([5, 10, 15, 10, 5]);
    const [warmUp, reading, ...rest] = swapped.lessons[0]!.activities;
    expect(
      checkPlans([{ ...swapped, lessons: [{ title: 'lesson.oneLesson.lesson', activities: [reading!, warmUp!, ...rest] }] }], chapters),
    ).toEqual([
      'test, lesson 1: its parts run reading, warm-up, task, discussion, exit-ticket; a lesson runs warm-up, reading, task, discussion, exit-ticket',
    ]);
    expect(
      checkPlans(
        [plan([5, 10, 15, 10, 5], { steps: ['no-such-step'], questions: [{ chapter: 'two', number: 4 }], tables: ['three'] })],
        chapters,
      ),
    ).toEqual([
      'test, lesson 1, task: no chapter has a step "no-such-step"',
      'test, lesson 1, task: table "three" is not a chapter',
      'test, lesson 1: chapter "two" has no discussion question 4; it has 3',
    ]);
    const noQuiz = plan([5, 10, 15, 10, 5]);
    const activities = noQuiz.lessons[0]!.activities.map((a) => (a.quiz ? { ...a, quiz: 'two' } : a));
    expect(checkPlans([{ ...noQuiz, lessons: [{ title: 'lesson.oneLesson.lesson', activities }] }], chapters)).toEqual([
      'test, lesson 1: chapter "two" has no exit quiz',
    ]);
  });
});

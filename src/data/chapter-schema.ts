import { z } from 'zod';

/** What decides a quiz question's answer (see `quiz` in the chapter schema). */
export const quizKinds = ['figure', 'largest-reach', 'earliest', 'confirmed-or-reported'] as const;
export type QuizKind = (typeof quizKinds)[number];

/** The fields each kind of quiz question needs besides `ask`, `kind` and `answer`; any other is refused. */
const quizFields: Readonly<Record<QuizKind, readonly ('month' | 'choices' | 'event')[]>> = {
  figure: [],
  'largest-reach': ['month', 'choices'],
  earliest: ['choices'],
  'confirmed-or-reported': ['event'],
};

/** One question of a chapter's exit quiz, as its author writes it; what it needs depends on its `kind`. */
export const quizQuestionSchema = z
  .object({
    /** The question as a student reads it: plain text; figures and dates as placeholders. */
    ask: z.string({ required_error: 'is missing: write the question' }).min(1, 'is empty: write the question'),
    /** What decides the answer: figure, largest-reach, earliest or confirmed-or-reported. */
    kind: z.enum(quizKinds, { errorMap: () => ({ message: `must be one of: ${quizKinds.join(', ')}` }) }),
    /**
     * The answer: for `figure`, text with at least one placeholder (`{date:E32}`); for `largest-reach` a platform id
     * and for `earliest` an event id, one of `choices`; for `confirmed-or-reported`, `confirmed` or `reported`.
     */
    answer: z.string({ required_error: 'is missing: give the answer' }).min(1, 'is empty: give the answer'),
    /** For `largest-reach`: the month (YYYY-MM) whose monthly reach decides the answer. */
    month: z
      .string()
      .regex(/^\d{4}-\d{2}$/, 'must be a month written YYYY-MM')
      .optional(),
    /** For `largest-reach` (platform ids) and `earliest` (event ids): the 2 to 4 options a student picks from. */
    choices: z.array(z.string().min(1)).min(2, 'needs 2 to 4 choices').max(4, 'needs 2 to 4 choices').optional(),
    /** For `confirmed-or-reported`: the id of the event in events.json. */
    event: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((question, context) => {
    const needs = quizFields[question.kind];
    for (const field of ['month', 'choices', 'event'] as const) {
      const has = question[field] !== undefined;
      if (needs.includes(field) && !has)
        context.addIssue({ code: 'custom', path: [field], message: `is missing: a ${question.kind} question needs it` });
      if (!needs.includes(field) && has)
        context.addIssue({ code: 'custom', path: [field], message: `is not used by a ${question.kind} question; delete it` });
    }
    if (question.choices && !question.choices.includes(question.answer))
      context.addIssue({
        code: 'custom',
        path: ['answer'],
        message: `"${question.answer}" is not one of its choices (${question.choices.join(', ')})`,
      });
    if (question.kind === 'confirmed-or-reported' && question.answer !== 'confirmed' && question.answer !== 'reported')
      context.addIssue({ code: 'custom', path: ['answer'], message: 'must be "confirmed" or "reported"' });
    if (question.kind === 'figure' && !/\{[^{}]+\}/.test(question.answer))
      context.addIssue({
        code: 'custom',
        path: ['answer'],
        message: 'must print its figure or date from the data with a placeholder, such as {date:E32} or {reach:whatsapp:2025-07}',
      });
  });

/** Each discussion question has its teacher note, when the chapter gives notes at all. */
function oneNotePerQuestion(
  meta: { questions: readonly string[]; teacherNotes?: readonly string[] | undefined },
  context: z.RefinementCtx,
): void {
  const notes = meta.teacherNotes;
  if (!notes) return;
  meta.questions.forEach((question, i) => {
    if (notes[i] === undefined)
      context.addIssue({
        code: 'custom',
        path: ['teacherNotes', i],
        message: `is missing: question ${i + 1} ("${question}") has no teacher note; write one note per question, in the questions' order`,
      });
  });
  for (let i = meta.questions.length; i < notes.length; i++)
    context.addIssue({
      code: 'custom',
      path: ['teacherNotes', i],
      message: `has no question: there are ${meta.questions.length} questions; delete this note or add its question`,
    });
}

/** Front matter of a chapter file, `content/chapters/en/NN-slug.mdx`, as its author writes it. */
export const chapterSchema = z
  .object({
    /** The chapter's headline, shown on its page and in the chapter list. */
    title: z.string({ required_error: 'is missing: every chapter needs a title' }).min(1, 'is empty: every chapter needs a title'),
    /** One sentence that says what the chapter shows; used on the home page and as the page description. */
    summary: z.string({ required_error: 'is missing: every chapter needs a one-sentence summary' }).min(1, 'is empty: write one sentence'),
    /** What a reader should be able to do or explain after reading it (for the educators' page). */
    objectives: z
      .array(z.string().min(1), { required_error: 'is missing: list at least one learning objective' })
      .min(1, 'needs at least one learning objective'),
    /** Two to four discussion questions for a class. */
    questions: z
      .array(z.string().min(1), { required_error: 'is missing: list 2 to 4 discussion questions' })
      .min(2, 'needs 2 to 4 discussion questions')
      .max(4, 'needs 2 to 4 discussion questions'),
    /**
     * Optional: a model answer or notes for the teacher for each discussion question, one per question and in the
     * same order, shown on the lesson page (`/educators/lesson/`). Plain text: figures and dates are placeholders such
     * as `{reach:whatsapp:2025-07}` or `{date:E32}`, printed from the data with their sources.
     */
    teacherNotes: z.array(z.string().min(1, 'is empty: write the model answer or notes for this question')).optional(),
    /**
     * Optional: the chapter's exit quiz, 3 or 4 questions answered from the data, on the lesson page and a printable
     * sheet (`/educators/quiz/<slug>/`). Each has `ask` (the question, plain text with placeholders) and a `kind`:
     * `figure` (`answer` is a placeholder such as `{date:E32}`, printed from the data); `largest-reach` (`month`,
     * `choices`: platform ids, `answer`: the one with the largest monthly reach that month); `earliest` (`choices`:
     * event ids, `answer`: the earliest); `confirmed-or-reported` (`event`, `answer`: confirmed or reported, as
     * events.json marks it). The content check refuses an answer the data does not bear out.
     */
    quiz: z.array(quizQuestionSchema).min(3, 'needs 3 or 4 questions').max(4, 'needs 3 or 4 questions').optional(),
  })
  .strict()
  .superRefine(oneNotePerQuestion);

/**
 * A chapter as the site reads it: the front matter plus `order`, which comes from the file name's `NN-` prefix alone
 * (so reordering chapters is renaming files, and two places can never disagree).
 */
export const chapterEntrySchema = chapterSchema
  .innerType()
  .extend({
    /** Position in the story, 1 for the first chapter: the file name's number. Set by the loader, never by hand. */
    order: z.number().int().positive(),
  })
  .superRefine(oneNotePerQuestion);

/**
 * A translated chapter as the site reads it: the same fields, plus `translation`, which records the English file it was
 * translated from and that file's sha256 (the translation check, src/build/i18n/translation-check.ts, says when the
 * English has changed since).
 */
export const translatedChapterEntrySchema = chapterSchema
  .innerType()
  .extend({
    order: z.number().int().positive(),
    translation: z.object({ from: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
  })
  .superRefine(oneNotePerQuestion);

export type ChapterMeta = z.infer<typeof chapterEntrySchema>;

/** A chapter file name, `NN-slug.mdx`: two or more digits, a hyphen, then the kebab-case slug of its URL. */
export const chapterFileName = /^(\d{2,})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/** The chapter's number from its file name ("04-a-decade.mdx" → 4), or undefined when the name has no `NN-`. */
export function chapterOrder(fileName: string): number | undefined {
  const match = chapterFileName.exec(fileName);
  return match ? Number(match[1]) : undefined;
}

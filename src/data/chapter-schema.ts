import { z } from 'zod';

/** Front matter of a chapter file, `content/chapters/NN-slug.mdx`. */
export const chapterSchema = z
  .object({
    /** The chapter's headline, shown on its page and in the chapter list. */
    title: z.string({ required_error: 'is missing: every chapter needs a title' }).min(1),
    /** One sentence that says what the chapter shows; used on the home page and as the page description. */
    summary: z.string({ required_error: 'is missing: every chapter needs a one-sentence summary' }).min(1),
    /** Position in the story, 1 for the first chapter; unique across chapters. */
    order: z.number().int().positive(),
    /** What a reader should be able to do or explain after reading it (for the educators' page). */
    objectives: z.array(z.string().min(1)).min(1, 'needs at least one learning objective'),
    /** Two to four discussion questions for a class. */
    questions: z.array(z.string().min(1)).min(2, 'needs 2 to 4 discussion questions').max(4, 'needs 2 to 4 discussion questions'),
  })
  .strict();

export type ChapterMeta = z.infer<typeof chapterSchema>;

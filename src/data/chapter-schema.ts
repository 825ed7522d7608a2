import { z } from 'zod';

/** Front matter of a chapter file, `content/chapters/NN-slug.mdx`, as its author writes it. */
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
  })
  .strict();

/**
 * A chapter as the site reads it: the front matter plus `order`, which comes from the file name's `NN-` prefix alone
 * (so reordering chapters is renaming files, and two places can never disagree).
 */
export const chapterEntrySchema = chapterSchema.extend({
  /** Position in the story, 1 for the first chapter: the file name's number. Set by the loader, never by hand. */
  order: z.number().int().positive(),
});

export type ChapterMeta = z.infer<typeof chapterEntrySchema>;

/** A chapter file name, `NN-slug.mdx`: two or more digits, a hyphen, then the kebab-case slug of its URL. */
export const chapterFileName = /^(\d{2,})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/** The chapter's number from its file name ("04-a-decade.mdx" → 4), or undefined when the name has no `NN-`. */
export function chapterOrder(fileName: string): number | undefined {
  const match = chapterFileName.exec(fileName);
  return match ? Number(match[1]) : undefined;
}

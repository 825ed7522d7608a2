import { z } from 'zod';
import type { ChapterMeta } from './chapter-schema.ts';
import { handTypedFigure, resolvePlaceholders } from './figure-text.ts';
import type { Datasets } from './load-datasets.ts';

/** The front-matter fields a reader sees as text. */
type FrontMatterText = Pick<ChapterMeta, 'summary' | 'objectives' | 'questions'>;

/** The front-matter fields that readers see as text, each with its path for error messages. */
function textFields(meta: FrontMatterText): [string, (string | number)[]][] {
  return [
    [meta.summary, ['summary']],
    ...meta.objectives.map((o, i): [string, (string | number)[]] => [o, ['objectives', i]]),
    ...meta.questions.map((q, i): [string, (string | number)[]] => [q, ['questions', i]]),
  ];
}

/**
 * Refuses a figure typed by hand in a chapter's front matter, naming the field, when the chapter file is read. Front
 * matter is plain text, so its figures are written as placeholders (`{reach:whatsapp:2025-07}`; see figure-text.ts).
 */
export function checkFrontMatterFigures(meta: FrontMatterText, ctx: z.RefinementCtx): void {
  for (const [value, path] of textFields(meta)) {
    const figure = handTypedFigure(value);
    if (figure) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path, message: `the figure "${figure}" is typed by hand; write a placeholder such as {reach:whatsapp:2025-07}` });
    }
  }
}

/**
 * The front matter with its placeholders printed from the data. This runs whenever a page reads a chapter (through
 * getChapters), not when the file is cached, so a changed record reaches every summary at the next build.
 */
export function resolveFrontMatter(meta: ChapterMeta, data: Datasets, file: string): ChapterMeta {
  const resolve = (value: string, path: (string | number)[]) => {
    try {
      return resolvePlaceholders(value, data);
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

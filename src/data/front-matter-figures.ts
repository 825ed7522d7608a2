import { z } from 'zod';
import type { ChapterMeta } from './chapter-schema.ts';
import { handTypedFigure, resolvePlaceholders } from './figure-text.ts';
import { loadDatasets } from './load-datasets.ts';

/**
 * Front matter is plain text, so its figures are written as placeholders (`{reach:whatsapp:2025-07}`,
 * `{population:millions}`; see figure-text.ts) and printed here from the data, for every page that shows a summary,
 * objective or question. A figure typed by hand is refused with the field it is in.
 */
export async function resolveFrontMatterFigures(meta: ChapterMeta, ctx: z.RefinementCtx): Promise<ChapterMeta> {
  const data = await loadDatasets(process.cwd());
  const resolve = (value: string, path: (string | number)[]) => {
    const figure = handTypedFigure(value);
    if (figure) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path, message: `the figure "${figure}" is typed by hand; write a placeholder such as {reach:whatsapp:2025-07}` });
      return value;
    }
    try {
      return resolvePlaceholders(value, data);
    } catch (error) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path, message: (error as Error).message });
      return value;
    }
  };
  return {
    ...meta,
    summary: resolve(meta.summary, ['summary']),
    objectives: meta.objectives.map((o, i) => resolve(o, ['objectives', i])),
    questions: meta.questions.map((q, i) => resolve(q, ['questions', i])),
  };
}

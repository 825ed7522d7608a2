import { z } from 'zod';
import { isoMonth, kebabId } from '../../data/schemas.ts';

/** What the population-coverage chart shows at one step. */
export const stateSchema = z
  .object({
    /** Platforms whose audience fills a grid of the whole population: none (the population alone), one, or two to compare. */
    platforms: z.array(kebabId).max(2, 'can compare at most 2 platforms side by side').default([]),
    /** The month whose Mediascope monthly reach fills the grids (YYYY-MM); needed when `platforms` names any. */
    period: isoMonth.optional(),
  })
  .strict()
  .refine((s) => s.platforms.length === 0 || s.period !== undefined, {
    message: 'is needed when platforms are shown: say which month (YYYY-MM)',
    path: ['period'],
  });

export type PopulationCoverageState = z.infer<typeof stateSchema>;

import { z } from 'zod';
import { isoMonth, kebabId } from '../../data/schemas.ts';

/** What the user-shares chart shows at one step. */
export const stateSchema = z
  .object({
    /** The month whose Mediascope monthly reach is drawn (YYYY-MM); must have figures in audience.json. */
    period: isoMonth,
    /** A platform to pick out in colour while the others turn grey. */
    highlight: kebabId.optional(),
    /** Only these platforms' bars are drawn (the others keep their rank slot, empty); default: all with a figure. */
    show: z.array(kebabId).min(1, 'must name at least one platform, or be left out to show all').optional(),
  })
  .strict();

export type UserSharesState = z.infer<typeof stateSchema>;

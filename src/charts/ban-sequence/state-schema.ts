import { z } from 'zod';
import { eventCategories } from '../../data/schemas.ts';

/** A year, month or day that bounds the time window: "2012", "2024-07" or "2025-08-13". */
const bound = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a year, month or day: YYYY, YYYY-MM or YYYY-MM-DD');

/** An event id from events.json, e.g. "E32". */
const eventId = z.string().regex(/^E\d{2}$/, 'must be an event id such as E32');

/** What the ban-sequence timeline shows at one step. */
export const stateSchema = z
  .object({
    /** Start of the time window; a year or month starts on its first day. */
    from: bound,
    /** End of the time window; a year or month ends on its last day. */
    to: bound,
    /** Categories and events drawn in colour; every other event turns grey. Default: all in colour. */
    emphasis: z
      .object({
        /** Categories to pick out, e.g. ["block", "throttle"]. */
        categories: z.array(z.enum(eventCategories)).optional(),
        /** Individual events to pick out, e.g. ["E32"]. */
        events: z.array(eventId).optional(),
      })
      .strict()
      .optional(),
    /**
     * Events to label, most important first. Every label is drawn at both sizes (on a phone a long one takes two
     * lines), so the step's alt text may name it; labels that cannot all be placed without overlap are refused.
     */
    labels: z.array(eventId).max(8, 'can label at most 8 events in one step').optional(),
  })
  .strict();

export type BanSequenceState = z.infer<typeof stateSchema>;

import { z } from 'zod';
import { claimQualifiers, claimUnits } from '../core/claim-kinds.ts';

/** A kebab-case identifier: lower-case letters and digits joined by single hyphens. */
export const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (lower-case letters, digits and single hyphens)');

/** Checks that an ISO string names a real calendar day, month or year (rejects 2025-02-30 and 2025-13). */
function isRealDate(iso: string): boolean {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/** A calendar day as YYYY-MM-DD. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

/** A calendar month as YYYY-MM. */
export const isoMonth = z
  .string()
  .regex(/^\d{4}-\d{2}$/, 'must be a month written YYYY-MM')
  .refine(isRealDate, 'is not a real calendar month');

/** A day (YYYY-MM-DD) or, where only the month is known, a month (YYYY-MM). */
export const isoDayOrMonth = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be a date written YYYY-MM-DD, or YYYY-MM when only the month is known')
  .refine(isRealDate, 'is not a real calendar date');

/** A publication date as precise as the page shows it: YYYY-MM-DD, YYYY-MM, YYYY, or "n.d." when it shows none. */
export const isoPublished = z
  .string()
  .regex(
    /^(\d{4}(-\d{2}(-\d{2})?)?|n\.d\.)$/,
    'must be a date written YYYY-MM-DD, YYYY-MM or YYYY, as precise as the page shows it, or "n.d." when it shows none',
  )
  .refine((value) => value === 'n.d.' || isRealDate(value), 'is not a real calendar date');

/**
 * How close a page is to the original publisher, so that a reader can weigh it (the sources page marks each):
 * `original`, the publisher's own page; `official`, the page of the state body, court or company the fact concerns;
 * `wire-copy`, another site's copy of an agency's or outlet's text; `mirror`, a copy or translation of a reference work;
 * `aggregator`, another site's report of what the publisher reported.
 */
export const sourceKinds = ['original', 'official', 'wire-copy', 'mirror', 'aggregator'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** The rule of `via` every source keeps, as the file holds it and with its words: who is read via another site. */
function checkVia(s: { readonly kind: SourceKind; readonly via?: string }, ctx: z.RefinementCtx): void {
  if (s.kind !== 'original' && s.kind !== 'official' && s.kind !== 'wire-copy' && s.via === undefined)
    ctx.addIssue({ code: 'custom', message: 'a mirror or an aggregator must name the site it was read on in `via`', path: ['via'] });
  if (s.via !== undefined && (s.kind === 'original' || s.kind === 'official'))
    ctx.addIssue({
      code: 'custom',
      message: 'only a wire copy, mirror or aggregator is read via another site; remove `via` or change `kind`',
      path: ['via'],
    });
}

/**
 * One public page that backs a fact on the site, as content/data/sources.json records it. Its title is the page's
 * headline, word for word and in its own language; a page that shows none is described in the site's words instead
 * (`titleIsDescription`), which live with the site's other words, one file a language:
 * `description.<id>` in content/i18n/en.json.
 */
export const sourceSchema = z
  .object({
    /** Stable id that records and citations point to, e.g. `reuters-2025-08-whatsapp-statement`. */
    id: kebabId,
    /**
     * The original publisher, named first in every citation: the outlet whose text it is, e.g. "Reuters" for a wire
     * copy read on Daily8, or the outlet an aggregator reports. For a syndicated copy that names no original, the site.
     */
    publisher: z.string().min(1),
    /** How close the page is to the original: original, official, wire-copy, mirror or aggregator (see sourceKinds). */
    kind: z.enum(sourceKinds, { errorMap: () => ({ message: `must be one of: ${sourceKinds.join(', ')}` }) }),
    /** For a wire copy, mirror or aggregator, the site where it was read, e.g. "Daily8"; kept in every citation. */
    via: z.string().min(1).optional(),
    /** The page's headline, word for word; none where the page shows none (then `titleIsDescription` is true). */
    title: z.string().min(1).optional(),
    /**
     * True when the page shows no headline to quote: the site describes it in its own words (`description.<id>`),
     * shown in [square brackets].
     */
    titleIsDescription: z.boolean().default(false),
    /** The address of the page that was read. */
    url: z.string().url('must be a full URL starting with http:// or https://'),
    /** Publication date, as precise as the page shows it: YYYY-MM-DD, YYYY-MM, YYYY, or "n.d." (never guessed). */
    date: isoPublished,
    /** Language of the page when it is not English, as a BCP 47 tag (e.g. `ru`). */
    lang: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    checkVia(s, ctx);
    if (s.titleIsDescription !== (s.title === undefined))
      ctx.addIssue({
        code: 'custom',
        message:
          'a page with a headline has its `title` here, word for word; a page without one has `"titleIsDescription": true` and its description in content/i18n/en.json (description.<id>)',
        path: ['title'],
      });
  });

/** A source with its title: the headline, or for a page without one the site's description of it in English. */
export const wordedSourceSchema = sourceSchema
  .innerType()
  .extend({
    /** The page's headline, or the site's description of a page that shows none (`description.<id>`). */
    title: z.string().min(1),
  })
  .superRefine(checkVia);

/** A messenger or social platform that appears in the data. */
export const platformSchema = z
  .object({
    /** Stable id used by audience records, events and chart states, e.g. `whatsapp`. */
    id: kebabId,
    /** Display name, e.g. "VK Messenger". */
    name: z.string().min(1),
    /** Who runs it, e.g. "Meta" or "VK", where the fact base says so. */
    owner: z.string().min(1).optional(),
    /** Whether the platform is Russian ("domestic") or foreign. */
    origin: z.enum(['domestic', 'foreign']),
  })
  .strict();

/** One monthly-reach figure (Mediascope) for one platform and month, as one outlet reported it. */
export const audienceSchema = z
  .object({
    /** Stable id, e.g. `reach-2025-07-whatsapp`. */
    id: kebabId,
    /** The platform measured; must exist in platforms.json. */
    platform: kebabId,
    /** The month the figure describes (YYYY-MM). */
    period: isoMonth,
    /** Monthly reach in millions of people, exactly as reported (97.3 means 97.3 million). */
    reach: z.number().positive('must be a positive number of millions'),
    /** "more-than" or "about" when the source gives a bound or an approximation rather than an exact figure. */
    qualifier: z.enum(['more-than', 'about']).optional(),
    /** Who measured it; every figure on this site is Mediascope's. */
    measuredBy: z.literal('Mediascope'),
    /** Who computed the figure from Mediascope's data, when a third party did (e.g. "Group4Media"). */
    analysedBy: z.string().min(1).optional(),
    /**
     * True when the fact base marks the figure secondary, reported or unverified (e.g. F08, read only in an outlet
     * citing another); the site then words it as reported and names the outlet. Written on every record.
     */
    reported: z.boolean(),
    /** The source record that reports the figure; must exist in sources.json. */
    source: kebabId,
  })
  .strict();

/** Whether an event's `until`, if it has one, comes after its `date`. */
const laterUntil = (e: { date: string; until?: string }) => !e.until || e.until > e.date;

/** The fixed event categories of the ban-sequence timeline (facts.md). */
export const eventCategories = ['law', 'block', 'throttle', 'restriction', 'fine', 'launch', 'statement'] as const;

/**
 * One event of the timeline (E01–E48 in facts.md), as content/data/events.json records it: dates, ids and flags. Its
 * words, in each language, are the site's words (content/i18n/<locale>.json): `event.E32`, its title, and for a
 * confirmed event part of which rests on reports only, `event.E32.reported`, that part.
 */
export const eventSchema = z
  .object({
    /** The id from facts.md, E01 to E99. */
    id: z.string().regex(/^E\d{2}$/, 'must be an event id such as E07'),
    /** The date the timeline places it at: YYYY-MM-DD, or YYYY-MM when only the month is known. */
    date: isoDayOrMonth,
    /** The last day, for an event that spans several days (YYYY-MM-DD, after `date`). */
    until: isoDay.optional(),
    /** Which of the fixed categories it belongs to. */
    category: z.enum(eventCategories, {
      errorMap: () => ({ message: `must be one of: ${eventCategories.join(', ')}` }),
    }),
    /** Platforms it concerns; each must exist in platforms.json. Empty for laws that name none. */
    platforms: z.array(kebabId).default([]),
    /**
     * True when the event rests only on media reports or secondary sources (worded "reported" on the site and drawn
     * hollow); false when it was officially announced or confirmed. Written on every record, as the fact base does.
     */
    reported: z.boolean(),
    /**
     * Other days of the event that the prose names, by a kebab-case name, e.g. `{ "in-force": "2019-11-01" }`;
     * printed with `<EventDate id="E08" milestone="in-force" />` or `{date:E08:in-force}`.
     */
    milestones: z.record(kebabId, isoDay).optional(),
    /** Source records that back it; each must exist in sources.json. */
    sources: z.array(kebabId).min(1, 'needs at least one source'),
  })
  .strict()
  .refine((e) => laterUntil(e), { message: 'must be a later day than `date`', path: ['until'] });

/** An event with its English words (content/i18n/en.json), as the site's data collection holds it. */
export const wordedEventSchema = eventSchema
  .innerType()
  .extend({
    /**
     * What happened, in one short line (`event.E43`: "Telegram throttled"). A figure the data holds elsewhere is
     * written as a placeholder: "{claim:merilo-telegram-failed-2026-03} of Telegram requests reported failing".
     */
    title: z.string().min(1),
    /**
     * For a confirmed event, the part of it that rests on reports only (`event.E37.reported`), e.g. a monitor's count
     * of regions; shown beside its status in the table ("Confirmed; reported: …").
     */
    reportedDetail: z.string().min(1).optional(),
  })
  .refine((e) => laterUntil(e), { message: 'must be a later day than `date`', path: ['until'] });

/** Russia's resident population on one date (Rosstat). */
export const populationSchema = z
  .object({
    /** Stable id, e.g. `rosstat-2025-01-01`. */
    id: kebabId,
    /** The date the count refers to. */
    date: isoDay,
    /** Number of people, exactly as published. */
    value: z.number().int().positive(),
    /** True when the fact base marks the count reported or secondary; Rosstat's published estimate is not. */
    reported: z.boolean(),
    /** Source records for the count and for what it excludes; each must exist in sources.json. */
    sources: z.array(kebabId).min(1, 'needs at least one source'),
  })
  .strict();

/** A population count with its English words (content/i18n/en.json), as the site's data holds it. */
export const wordedPopulationSchema = populationSchema.extend({
  /** What the count leaves out and takes in (`population.<id>.excludes`), in one sentence. */
  excludes: z.string().min(1),
});

/** One quotation the site shows, word for word (facts.md, "Quotes for the narrative"). */
export const quoteSchema = z
  .object({
    /** Stable id that `<Quote id="…" />` names, e.g. `roskomnadzor-2025-08-13`; its words are `quote.<id>` in the site's words. */
    id: kebabId,
    /** When it was said: YYYY-MM-DD, or YYYY-MM when only the month is known. */
    date: isoDayOrMonth,
    /** True when the date is approximate (shown as "about 12 February 2026"). */
    dateApproximate: z.boolean().default(false),
    /** Source records that print it; each must exist in sources.json. The first is the one cited. */
    sources: z.array(kebabId).min(1, 'needs at least one source'),
    /** Language of the source's text as a BCP 47 tag (`en` for an English translation of a Russian original). */
    lang: z.string().regex(/^[a-z]{2,3}$/, 'must be a language tag such as en or ru'),
    /**
     * For words said or written in another language, where a source prints them in it word for word: that language
     * and those sources. The edition in that language prints the original (its words, `quote.<id>`, are the
     * original), cited to these sources and not marked as a translation: `{ "lang": "ru", "sources": ["…"] }`.
     */
    original: z
      .object({
        /** The language the words were said or written in, e.g. `ru`. */
        lang: z.string().regex(/^[a-z]{2,3}$/, 'must be a language tag such as ru'),
        /** Source records that print the original words; each must exist in sources.json. The first is the one cited. */
        sources: z.array(kebabId).min(1, 'needs at least one source'),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((q) => q.original?.lang !== q.lang, {
    message: 'is the language the source already prints: give `original` only for words said in another language',
    path: ['original', 'lang'],
  });

/** A quote with its English words (content/i18n/en.json), as the site's data collection holds it. */
export const wordedQuoteSchema = quoteSchema.innerType().extend({
  /**
   * The words (`quote.<id>`): exactly as the sources print them in the quote's `lang` (and in the language of its
   * `original`), else the site's translation; "…" marks a cut made in the fact base.
   */
  text: z.string().min(1),
  /** Who said or wrote it, as the attribution line names them (`quote.<id>.speaker`), e.g. "Sergei Boyarsky". */
  speaker: z.string().min(1),
  /** The speaker's role at the time (`quote.<id>.role`), e.g. "chair of the State Duma Information Policy Committee". */
  role: z.string().min(1).optional(),
  /** How the words reached English, when they are a translation (`quote.<id>.translation`), e.g. "TASS's English translation". */
  translation: z.string().min(1).optional(),
});

/**
 * A figure that is not one of the Mediascope series the charts draw: a company's or an official's claim (facts.md F09,
 * F14, F17), or another outlet's differing version of a measurement (F02). Printed with `<Claim id="…" />`.
 */
export const claimSchema = z
  .object({
    /** Stable id that `<Claim id="…" />` names, e.g. `durov-telegram-daily-2026-04`. */
    id: kebabId,
    /**
     * The figure as claimed, as a number in `unit`: 100 for "over 100 million", 45.6 for "45.6%". The data holds no
     * words: `formatClaim` (src/core/format.ts) words these three fields in English and in Russian.
     */
    amount: z.number().nonnegative(),
    /** What `amount` counts: `million` (of people), `percent`, `count` (a plain number) or `years` (of age). */
    unit: z.enum(claimUnits, { errorMap: () => ({ message: `must be one of: ${claimUnits.join(', ')}` }) }),
    /**
     * How the claim hedges its figure, when it does: `over` ("over 100 million"), `more-than`, `about`, `estimated`
     * ("an estimated 96 million") or `and-over` ("12 and over").
     */
    qualifier: z.enum(claimQualifiers, { errorMap: () => ({ message: `must be one of: ${claimQualifiers.join(', ')}` }) }).optional(),
    /** What it counts, e.g. "Russian users (WhatsApp's own figure)". */
    measure: z.string().min(1),
    /** Who claimed it, e.g. "Pavel Durov" or "Kommersant (company figures)". */
    claimedBy: z.string().min(1),
    /** When it was claimed or what period it describes: YYYY-MM-DD or YYYY-MM; left out when the source gives none. */
    date: isoDayOrMonth.optional(),
    /** True when the date is approximate (e.g. a year-end article, "about December 2025"). */
    dateApproximate: z.boolean().default(false),
    /** True when the claim reaches us only through secondary reports. */
    reported: z.boolean(),
    /** Source records that report it; each must exist in sources.json. */
    sources: z.array(kebabId).min(1, 'needs at least one source'),
  })
  .strict();

/** One correction made after publication, shown on the About page and as "Updated" on the chapter. */
export const correctionSchema = z
  .object({
    /** Stable id, e.g. `2026-11-29-max-preinstall-date`. */
    id: kebabId,
    /** The day the correction was published. */
    date: isoDay,
    /** The chapter's slug (e.g. `the-sovereign-stack`), or `site` for a page that is not a chapter. */
    chapter: kebabId,
  })
  .strict();

/** A correction with its English words (content/i18n/en.json), as the site's data holds it. */
export const wordedCorrectionSchema = correctionSchema.extend({
  /** What changed (`correction.<id>`), in one or two sentences a reader understands. */
  change: z.string().min(1),
});

/** A reference to a timeline event by its id from facts.md, E01 to E99. */
export const eventRef = z.string().regex(/^E\d{2}$/, 'must be an event id such as E07');

/**
 * One term of the glossary (/glossary/): what it means, in the site's own words, with the sources that say so. The
 * first use of the term (or another form of it) in each chapter's prose links to its entry. Its words are the site's
 * (`wordedGlossarySchema`).
 */
export const glossarySchema = z
  .object({
    /** Stable id, the term's anchor on the glossary page (`tspu` → /glossary/#tspu); never changed once published. */
    id: kebabId,
    /** Source records that back the definition; each must exist in sources.json. The glossary lists them in full. */
    sources: z.array(kebabId).min(1, 'needs at least one source'),
    /** Timeline events the term belongs to, e.g. `E08` for the sovereign internet law; each must exist in events.json. */
    events: z.array(eventRef).default([]),
    /** Other glossary terms to read with this one, by id; each must exist in glossary.json. */
    see: z.array(kebabId).default([]),
  })
  .strict();

/** A glossary term with its words in one language: content/i18n/<locale>.json and <locale>-term-forms.json. */
export const wordedGlossarySchema = glossarySchema.extend({
  /** The term as the glossary lists it (`term.tspu`: "TSPU"); matched in the chapters' prose like its other forms. */
  term: z.string().min(1),
  /**
   * Other ways the chapters write the term (content/i18n/<locale>-term-forms.json), each linked like `term` where it
   * first appears in a chapter, e.g. "deep packet inspection" for DPI, or a Russian case ("Роскомнадзора"). Quotation
   * marks in the prose are ignored ("sovereign internet" law matches "sovereign internet law"), the first letter matches
   * either case, and a plural "s" is taken in. A phrase may belong to one term only.
   */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * What the term means (`term.tspu.definition`), in one to three sentences of the site's own words, faithful to the
   * sources and worded as reported where they are reports. May hold placeholders such as `{claim:id}` or `{date:E08}`.
   */
  definition: z.string().min(1),
});

export type Quote = z.infer<typeof wordedQuoteSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Correction = z.infer<typeof wordedCorrectionSchema>;
export type Source = z.infer<typeof wordedSourceSchema>;
export type Platform = z.infer<typeof platformSchema>;
export type AudienceRecord = z.infer<typeof audienceSchema>;
export type TimelineEvent = z.infer<typeof wordedEventSchema>;
export type PopulationRecord = z.infer<typeof wordedPopulationSchema>;
export type GlossaryTerm = z.infer<typeof wordedGlossarySchema>;

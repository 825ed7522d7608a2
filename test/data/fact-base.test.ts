import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { russianTypography } from '../../src/build/i18n/russian-typography.ts';
import { claimSchema, correctionSchema, quoteSchema } from '../../src/data/schemas.ts';
import { currentTo } from '../../src/data/current-to.ts';
import { lastCorrection } from '../../src/data/last-correction.ts';
import { reachText, resolvePlaceholders, shareText } from '../../src/data/figure-text.ts';
import { chapterSlug } from '../../src/data/chapter-slug.ts';
import { datasets } from '../helpers/datasets.ts';
import { projectRoot } from '../helpers/paths.ts';

const firstMessage = (result: { success: boolean; error?: { issues: { path: (string | number)[]; message: string }[] } }) =>
  result.success ? undefined : `${result.error!.issues[0]!.path.join('.')}: ${result.error!.issues[0]!.message}`;

describe('the fact base lives in the repository', () => {
  it('holds every quote the chapters use, each with a speaker, a date, a language and a source', () => {
    expect(datasets.quotes.length).toBeGreaterThanOrEqual(11);
    for (const quote of datasets.quotes) {
      expect(quote.text, quote.id).not.toMatch(/^["“]|["”]$/);
      expect(quote.sources.length, quote.id).toBeGreaterThan(0);
    }
  });

  it('uses each quote in a chapter, so none sits in the data unseen', () => {
    const mdx = readdirSync(join(projectRoot, 'content/chapters/en'))
      .map((f) => readFileSync(join(projectRoot, 'content/chapters/en', f), 'utf8'))
      .join('\n');
    for (const quote of datasets.quotes) expect(mdx, quote.id).toContain(`<Quote id="${quote.id}"`);
  });

  it('says on every event, reach, population and claim record whether it is confirmed or reported, in the file itself', () => {
    for (const file of ['events.json', 'audience.json', 'population.json', 'claims.json']) {
      const raw = JSON.parse(readFileSync(join(projectRoot, 'content/data', file), 'utf8')) as Record<string, unknown>[];
      for (const record of raw) expect(typeof record.reported, `${file} ${String(record.id)}`).toBe('boolean');
    }
  });

  it('marks as reported what the fact base marks secondary or reported', () => {
    const reportedEvents = datasets.events.filter((e) => e.reported).map((e) => e.id);
    // E26's "2 undecillion roubles" is RBC's calculation: "verified" in the fact base means the report was read.
    expect(reportedEvents).toEqual(['E26', 'E38', 'E46', 'E47', 'E48']);
    for (const id of ['E37', 'E42']) expect(datasets.events.find((e) => e.id === id)?.reportedDetail, id).toBeTruthy();
    const reportedReach = datasets.audience.filter((r) => r.reported).map((r) => r.period);
    expect(new Set(reportedReach)).toEqual(new Set(['2026-01', '2026-02']));
  });

  it('logs corrections only against chapters that exist, or the site pages', () => {
    const slugs = readdirSync(join(projectRoot, 'content/chapters/en')).map((f) => chapterSlug(f.replace(/\.mdx$/, '')));
    for (const c of datasets.corrections) expect([...slugs, 'site'], c.id).toContain(c.chapter);
  });
});

describe('schemas of the new records', () => {
  // A quote's words are the site's words (quote.<id> in content/i18n/en.json), not the data's.
  const quote = { id: 'q', date: '2025-08-13', sources: ['s'], lang: 'en' };
  it.each([
    [{}, undefined],
    [{ text: 'Words.' }, ": Unrecognized key(s) in object: 'text'"],
    [{ date: '13 August' }, 'date: must be a date written YYYY-MM-DD, or YYYY-MM when only the month is known'],
    [{ sources: [] }, 'sources: needs at least one source'],
    [{ lang: 'English' }, 'lang: must be a language tag such as en or ru'],
    [{ original: { lang: 'ru', sources: ['s2'] } }, undefined],
    [
      { original: { lang: 'en', sources: ['s2'] } },
      'original.lang: is the language the source already prints: give `original` only for words said in another language',
    ],
    [{ original: { lang: 'ru', sources: [] } }, 'original.sources: needs at least one source'],
  ])('quote with %o → %s', (change, message) => expect(firstMessage(quoteSchema.safeParse({ ...quote, ...change }))).toBe(message));

  it('needs a claim to say whether it is reported', () => {
    const claim = {
      id: 'c',
      amount: 100,
      unit: 'million',
      qualifier: 'over',
      measure: 'users',
      claimedBy: 'WhatsApp',
      date: '2025-08-13',
      sources: ['s'],
    };
    expect(firstMessage(claimSchema.safeParse(claim))).toBe('reported: Required');
    // The figure is numbers, worded by the site in each language: never words in the data.
    const worded = { ...claim, reported: false };
    expect(firstMessage(claimSchema.safeParse({ ...worded, amount: 'over 100 million' }))).toBe('amount: Expected number, received string');
    expect(firstMessage(claimSchema.safeParse({ ...worded, unit: 'millions' }))).toBe(
      'unit: must be one of: million, percent, count, years',
    );
    expect(firstMessage(claimSchema.safeParse({ ...worded, qualifier: 'over a' }))).toBe(
      'qualifier: must be one of: over, more-than, about, estimated, and-over',
    );
  });

  it('needs a correction to name its day', () => {
    expect(firstMessage(correctionSchema.safeParse({ id: 'x', date: '2026-11', chapter: 'site', change: 'c' }))).toBe(
      'date: must be a date written YYYY-MM-DD',
    );
  });
});

describe('figures in words', () => {
  it('prints a reach figure exactly as its record, with its qualifier', () => {
    expect(reachText({ reach: 97.3 })).toBe('97.3 million');
    expect(reachText({ reach: 97, qualifier: 'more-than' })).toBe('more than 97 million');
    expect(reachText({ reach: 42, qualifier: 'about' })).toBe('about 42 million');
  });

  it('resolves placeholders from the data and names an unknown one', () => {
    expect(
      resolvePlaceholders('WhatsApp {reach:whatsapp:2025-07}, {squares:whatsapp:2025-07} of {population:squares}; {population}', datasets),
    ).toBe('WhatsApp 97.3 million, 97 of 146; 146,028,325');
    expect(resolvePlaceholders('{date:E32}, {population:millions}', datasets)).toBe('13 August 2025, about 146 million');
    // A date that ends in its own full stop ends the sentence too.
    expect(resolvePlaceholders('С {date:E35}.', datasets, 'ru')).toBe('С 1\u00a0сентября\u00a02025\u00a0г.');
    expect(resolvePlaceholders('On {date:E35}.', datasets)).toBe('On 1 September 2025.');
    expect(() => resolvePlaceholders('{reach:whatsapp:2031-07}', datasets)).toThrow(
      /\{reach:whatsapp:2031-07\}: no reach figure for platform "whatsapp" in 2031-07/,
    );
  });

  it('prints every kind of figure in Russian, by the rules of Russian typography', () => {
    const _ = '\u00a0';
    const text =
      '{reach:whatsapp:2025-07} | {squares:whatsapp:2025-07} | {population} | {population:millions} | {date:E32} | {day:E32} | ' +
      '{date:E44} | {month:2025-07} | {share:whatsapp:2025-07} | {share:telegram:2025-07:whatsapp} | ' +
      '{claim:durov-telegram-daily-2026-04} | {claim:max-registrations-2025-12:date} | {count:events}';
    const printed = resolvePlaceholders(text, datasets, 'ru');
    expect(printed).toBe(
      [
        `97,3${_}млн`,
        '97',
        `146${_}028${_}325`,
        `около 146${_}млн`,
        `13${_}августа${_}2025${_}г.`,
        `13${_}августа`,
        `10–11${_}февраля${_}2026${_}г.`,
        `июль${_}2025`,
        'около двух третей',
        'больше четырёх пятых',
        `около 65${_}млн`,
        `около декабря${_}2025${_}г.`,
        String(datasets.events.length),
      ].join(' | '),
    );
    expect(russianTypography(printed)).toEqual([]);
    // The English is as it always was.
    expect(resolvePlaceholders('{claim:max-registrations-2025-12:date}; {share:whatsapp:2025-07}', datasets)).toBe(
      'about December 2025; about two-thirds',
    );
  });

  it('prints days, milestones, shares, counts and claims’ dates from the data', () => {
    expect(resolvePlaceholders('{day:E31}; {date:E44}; {day:E44}; {date:E08:in-force}', datasets)).toBe(
      '31 July; 10–11 February 2026; 10–11 February; 1 November 2019',
    );
    expect(resolvePlaceholders('{population:date}; {count:events}; {claim:terliakov-fraud-calls-2025-10:date}', datasets)).toBe(
      `1 January 2025; ${datasets.events.length}; 22 October 2025`,
    );
    expect(resolvePlaceholders('{share:whatsapp:2025-07}; {share:vk-messenger:2025-07:whatsapp}', datasets)).toBe(
      'about two-thirds; less than a fifth',
    );
    expect(() => resolvePlaceholders('{date:E08:signed}', datasets)).toThrow(
      /\{date:E08:signed\}: event E08 has no milestone "signed"; it has: in-force/,
    );
    expect(() => resolvePlaceholders('{claim:mediascope-cross-web-ages:date}', datasets)).toThrow(/has no date in claims\.json/);
  });
});

describe('shares in words', () => {
  it.each([
    [97.3, 146.03, 'about two-thirds'],
    [90.8, 146.03, 'more than three-fifths'],
    [17.9, 97.3, 'less than a fifth'],
    [50, 100, 'about half'],
    [25.5, 100, 'about a quarter'],
    [45, 100, 'less than half'],
  ])('%d of %d is %s', (part, whole, words) => expect(shareText(part, whole)).toBe(words));

  it('refuses a share that is not between nothing and all', () => {
    expect(() => shareText(0, 10)).toThrow(/between 0 and 1/);
    expect(() => shareText(12, 10)).toThrow(/between 0 and 1/);
  });
});

describe('how current the story is', () => {
  it('is the newest source or event, whichever is later', () => {
    expect(currentTo({ sources: [{ date: '2026-04-14' }, { date: 'n.d.' }], events: [{ date: '2026-04-10' }] })).toBe('2026-04-14');
    expect(currentTo({ sources: [{ date: '2026-03' }], events: [{ date: '2026-03-09', until: '2026-03-15' }] })).toBe('2026-03-15');
    expect(currentTo(datasets)).toBe('2026-04-14');
  });

  it('finds a chapter’s newest correction', () => {
    const log = [
      { id: 'a', date: '2026-05-01', chapter: 'x', change: 'c' },
      { id: 'b', date: '2026-06-01', chapter: 'x', change: 'c' },
      { id: 'c', date: '2026-07-01', chapter: 'y', change: 'c' },
    ];
    expect(lastCorrection(log, 'x')?.id).toBe('b');
    expect(lastCorrection(log, 'z')).toBeUndefined();
  });
});

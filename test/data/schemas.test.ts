import { describe, expect, it } from 'vitest';
import { chapterSchema } from '../../src/data/chapter-schema.ts';
import { audienceSchema, eventSchema, isoDay, kebabId, sourceSchema } from '../../src/data/schemas.ts';

const firstMessage = (result: { success: boolean; error?: { issues: { message: string; path: (string | number)[] }[] } }) =>
  result.success ? undefined : `${result.error!.issues[0]!.path.join('.')}: ${result.error!.issues[0]!.message}`;

describe('kebabId', () => {
  it.each([
    ['calls-restricted', true],
    ['e2025-08', true],
    ['Calls', false],
    ['calls_restricted', false],
    ['-calls', false],
    ['calls--restricted', false],
    ['', false],
  ])('%j is kebab-case: %s', (id, ok) => expect(kebabId.safeParse(id).success).toBe(ok));
});

describe('isoDay', () => {
  it.each([
    ['2025-08-13', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['13/08/2025', false],
    ['2025-8-13', false],
  ])('%j is a calendar day: %s', (day, ok) => expect(isoDay.safeParse(day).success).toBe(ok));
});

const source = {
  id: 'tass-2025-example',
  publisher: 'TASS',
  kind: 'original',
  title: 'A headline',
  url: 'https://tass.com/economy/1',
  date: '2025-08-13',
};

describe('sourceSchema', () => {
  it.each([
    [{}, undefined],
    [{ date: '2025-08' }, undefined],
    [{ date: '2025' }, undefined],
    [{ url: 'tass.com/economy/1' }, 'url: must be a full URL starting with http:// or https://'],
    [{ date: '2025-08-32' }, 'date: is not a real calendar date'],
    [{ date: 'n.d.' }, undefined],
    [
      { date: 'Aug 2025' },
      'date: must be a date written YYYY-MM-DD, YYYY-MM or YYYY, as precise as the page shows it, or "n.d." when it shows none',
    ],
    [{ id: 'TASS 1' }, 'id: must be kebab-case (lower-case letters, digits and single hyphens)'],
    [{ publisher: '' }, 'publisher: String must contain at least 1 character(s)'],
    [{ kind: 'copy' }, 'kind: must be one of: original, official, wire-copy, mirror, aggregator'],
    [{ publisher: 'Reuters', kind: 'wire-copy', via: 'Daily8' }, undefined],
    [{ publisher: 'artsakh.news', kind: 'wire-copy' }, undefined],
    [{ publisher: 'Forbes', kind: 'aggregator' }, 'via: a mirror or an aggregator must name the site it was read on in `via`'],
    [{ via: 'Daily8' }, 'via: only a wire copy, mirror or aggregator is read via another site; remove `via` or change `kind`'],
    [{ title: undefined, titleIsDescription: true }, undefined],
    [
      { titleIsDescription: true },
      'title: a page with a headline has its `title` here, word for word; a page without one has `"titleIsDescription": true` and its description in content/i18n/en.json (description.<id>)',
    ],
    [
      { title: undefined },
      'title: a page with a headline has its `title` here, word for word; a page without one has `"titleIsDescription": true` and its description in content/i18n/en.json (description.<id>)',
    ],
  ])('with %o → %s', (change, message) => {
    expect(firstMessage(sourceSchema.safeParse({ ...source, ...change }))).toBe(message);
  });

  it('refuses fields it does not define', () => {
    expect(firstMessage(sourceSchema.safeParse({ ...source, author: 'x' }))).toMatch(/Unrecognized key/);
  });
});

const reach = { id: 'r', platform: 'whatsapp', period: '2025-07', reach: 97.3, measuredBy: 'Mediascope', reported: false, source: 's' };

describe('audienceSchema', () => {
  it.each([
    [{}, undefined],
    [{ qualifier: 'about' }, undefined],
    [{ reach: -1 }, 'reach: must be a positive number of millions'],
    [{ reach: '97.3' }, 'reach: Expected number, received string'],
    [{ period: '2025-07-01' }, 'period: must be a month written YYYY-MM'],
    [{ measuredBy: 'Reuters' }, 'measuredBy: Invalid literal value, expected "Mediascope"'],
    [{ source: undefined }, 'source: Required'],
    [{ reported: undefined }, 'reported: Required'],
  ])('with %o → %s', (change, message) => {
    expect(firstMessage(audienceSchema.safeParse({ ...reach, ...change }))).toBe(message);
  });
});

const event = { id: 'E01', date: '2012-07-28', category: 'law', reported: false, sources: ['s'] };

describe('eventSchema', () => {
  it.each([
    [{}, undefined],
    [{ date: '2019-03' }, undefined],
    [{ category: 'ban' }, 'category: must be one of: law, block, throttle, restriction, fine, launch, statement'],
    [{ sources: [] }, 'sources: needs at least one source'],
    [{ id: 'E1' }, 'id: must be an event id such as E07'],
    [{ date: '2019' }, 'date: must be a date written YYYY-MM-DD, or YYYY-MM when only the month is known'],
  ])('with %o → %s', (change, message) => {
    expect(firstMessage(eventSchema.safeParse({ ...event, ...change }))).toBe(message);
  });

  it('refuses an end day that is not after the start', () => {
    expect(firstMessage(eventSchema.safeParse({ ...event, until: '2012-07-28' }))).toBe('until: must be a later day than `date`');
  });

  it('defaults to no platforms', () => {
    expect(eventSchema.parse(event)).toMatchObject({ platforms: [], reported: false });
  });

  it('needs every event to say whether it is confirmed or reported, as the fact base does', () => {
    expect(firstMessage(eventSchema.safeParse({ ...event, reported: undefined }))).toBe('reported: Required');
  });
});

describe('chapterSchema', () => {
  const chapter = { title: 'T', summary: 'S', objectives: ['O'], questions: ['A?', 'B?'] };
  it.each([
    [{}, undefined],
    [{ title: undefined }, 'title: is missing: every chapter needs a title'],
    [{ questions: ['A?'] }, 'questions: needs 2 to 4 discussion questions'],
    [{ questions: ['A?', 'B?', 'C?', 'D?', 'E?'] }, 'questions: needs 2 to 4 discussion questions'],
    [{ objectives: [] }, 'objectives: needs at least one learning objective'],
    [{ order: 1 }, ": Unrecognized key(s) in object: 'order'"],
  ])('with %o → %s', (change, message) => {
    expect(firstMessage(chapterSchema.safeParse({ ...chapter, ...change }))).toBe(message);
  });
});

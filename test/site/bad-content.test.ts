import { describe, expect, it } from 'vitest';
import { buildWith, checkWith, type Edit } from '../helpers/fixture-build.ts';

const chapter = 'content/chapters/en/02-who-talks-on-what.mdx';
const timeline = 'content/chapters/en/04-a-decade-of-closing-doors.mdx';
const population = 'content/chapters/en/03-a-country-on-its-phones.mdx';
const firstStep = 'reach-july-2025-whatsapp';

interface Fixture {
  /** The rule the build must enforce. */
  readonly rule: string;
  readonly edits: readonly (Edit | { readonly file: string; readonly content: string })[];
  /** Every one of these must appear in the build's output. */
  readonly says: readonly (string | RegExp)[];
}

const secondChapter = (body: string, name = '06-fixture.mdx') => ({
  file: `content/chapters/en/${name}`,
  content: `---\ntitle: Fixture\nsummary: A second chapter.\nobjectives: [Test]\nquestions: [One?, Two?]\n---\n\n${body}\n`,
});

/** One bad edit per validation rule, each with what the build must say about it. */
const fixtures: readonly Fixture[] = [
  {
    rule: 'an unknown chart',
    edits: [{ file: chapter, find: 'chart="user-shares"', replace: 'chart="user-sharez"' }],
    says: [chapter, 'chart "user-sharez" is not a chart', 'user-shares'],
  },
  {
    rule: 'a state key the chart does not know',
    edits: [{ file: chapter, find: 'show: ["whatsapp"] }', replace: 'show: ["whatsapp"], colour: "red" }' }],
    says: [chapter, `step "${firstStep}"`, 'state.colour: is not a known key; the keys are: period, highlight, show'],
  },
  {
    rule: 'a misspelt state key',
    edits: [{ file: chapter, find: 'period: "2025-07", show: ["whatsapp"]', replace: 'perod: "2025-07", show: ["whatsapp"]' }],
    says: [chapter, `step "${firstStep}"`, 'state.perod: is not a known key; did you mean "period"?', 'state.period: is missing'],
  },
  {
    rule: 'a state that asks for bars the month has no figure for',
    edits: [{ file: chapter, find: 'period: "2025-07", show: ["whatsapp"]', replace: 'period: "2025-06", show: ["max"]' }],
    says: [chapter, `step "${firstStep}"`, 'state.show.0: no MAX figure for June 2025 in audience.json; figures that month: WhatsApp'],
  },
  {
    rule: 'a timeline window with no event in it',
    edits: [{ file: timeline, find: /from: "2012", to: "2026"/, replace: 'from: "2003", to: "2004"' }],
    says: [timeline, 'state.from: no event in events.json falls between 2003 and 2004'],
  },
  {
    rule: 'a state value the chart cannot draw',
    edits: [{ file: chapter, find: 'period: "2025-07", show: ["whatsapp"]', replace: 'period: "2031-07", show: ["whatsapp"]' }],
    says: [chapter, `step "${firstStep}"`, 'state.period', 'no figures for "2031-07"'],
  },
  {
    rule: 'a timeline state with a category that does not exist',
    edits: [{ file: timeline, find: 'emphasis: { categories: ["law"] }', replace: 'emphasis: { categories: ["ban"] }' }],
    says: [timeline, 'step "timeline-legal-groundwork"', 'state.emphasis.categories.0', "Expected 'law' | 'block'", "received 'ban'"],
  },
  {
    rule: 'a timeline label outside its window',
    edits: [{ file: timeline, find: 'labels: ["E06", "E09"]', replace: 'labels: ["E06", "E32"]' }],
    says: [timeline, 'step "timeline-telegram-2018-2020"', 'state.labels.1: E32 falls outside the window 2017–2020'],
  },
  {
    rule: 'a population state naming platforms without a month',
    edits: [{ file: population, find: 'platforms: ["telegram"], period: "2025-07"', replace: 'platforms: ["telegram"]' }],
    says: [population, 'step "population-telegram-july-2025"', 'state.period: is needed when platforms are shown'],
  },
  {
    rule: 'a population state comparing three platforms',
    edits: [
      {
        file: population,
        find: 'platforms: ["whatsapp", "telegram"], period',
        replace: 'platforms: ["whatsapp", "telegram", "vk-messenger"], period',
      },
    ],
    says: [population, 'step "population-overlap-july-2025"', 'state.platforms: can compare at most 2 platforms side by side'],
  },
  {
    rule: 'a step id used twice in one file',
    edits: [{ file: chapter, find: 'id="reach-july-2025-telegram"', replace: `id="${firstStep}"` }],
    says: [chapter, `step "${firstStep}"`, 'used twice'],
  },
  {
    rule: 'a step id used in another chapter',
    edits: [
      secondChapter(
        `<Scrolly chart="user-shares">\n  <Step id="${firstStep}" state={{ period: "2025-07" }} alt="All bars.">\n    Text.\n  </Step>\n</Scrolly>`,
      ),
    ],
    says: ['content/chapters/en/', `step "${firstStep}"`, 'already used in content/chapters/en/'],
  },
  {
    rule: 'a step id that is not kebab-case',
    edits: [{ file: chapter, find: `id="${firstStep}"`, replace: 'id="Reach_July"' }],
    says: [chapter, 'step "Reach_July"', 'kebab-case'],
  },
  {
    rule: 'a step without alt',
    edits: [{ file: chapter, find: /alt="One bar:[^"]*"/, replace: '' }],
    says: [chapter, `step "${firstStep}"`, 'alt is missing'],
  },
  {
    rule: 'a citation of a source that does not exist',
    edits: [
      {
        file: chapter,
        find: 'reported by Reuters <Cite id="reuters-2025-08-whatsapp-accuses-moscow" />',
        replace: 'reported by Reuters <Cite id="reuters-made-up" />',
      },
    ],
    says: [chapter, '<Cite id="reuters-made-up">', 'source "reuters-made-up" does not exist in sources.json'],
  },
  {
    rule: 'a date and a count typed by hand in the prose, where the data holds them',
    edits: [
      { file: timeline, find: 'Instagram followed on <EventDate id="E19" year={false} />', replace: 'Instagram followed on 14 March' },
      { file: timeline, find: 'counted <Claim id="na-svyazi-regions-2025-10" bare /> regions', replace: 'counted 34 regions' },
    ],
    says: [
      /content\/chapters\/en\/04-a-decade-of-closing-doors\.mdx: line \d+: the date "14 March" is typed by hand, but the data holds it: write <EventDate id="E19" year=\{false\} \/>/,
      /content\/chapters\/en\/04-a-decade-of-closing-doors\.mdx: line \d+: the figure "34" is typed by hand, but the data holds it: write <Claim id="na-svyazi-regions-2025-10" \/>/,
    ],
  },
  {
    rule: 'a date typed by hand in an alt text, and a figure the data does not hold',
    edits: [
      { file: timeline, find: 'Instagram blocked on {date:E19}', replace: 'Instagram blocked on 14 March 2022' },
      { file: timeline, find: 'The timeline holds <Count of="events" /> events', replace: 'The timeline holds 49 events' },
    ],
    says: [
      /04-a-decade-of-closing-doors\.mdx: line \d+: the alt text: the date "14 March 2022" is typed by hand, but the data holds it: write \{date:E19\}/,
      /04-a-decade-of-closing-doors\.mdx: line \d+: the figure "49" is typed by hand and the data does not hold it: write <Claim id="…" \/> after adding the figure to content\/data\/claims\.json/,
    ],
  },
  {
    rule: 'a date typed by hand in front matter',
    edits: [
      {
        file: 'content/chapters/en/01-the-call-that-didnt-connect.mdx',
        find: 'restricted on {date:E32} and',
        replace: 'restricted on 13 August 2025 and',
      },
    ],
    says: [
      'content/chapters/en/01-the-call-that-didnt-connect.mdx: field "objectives.0": the date "13 August 2025" is typed by hand, but the data holds it: write {date:E32}',
    ],
  },
  {
    rule: 'an event title naming a claim that does not exist',
    edits: [
      { file: 'content/i18n/en.json', find: '{claim:merilo-telegram-failed-2026-03}', replace: '{claim:merilo-made-up}' },
      { file: 'content/i18n/ru.json', find: '{claim:merilo-telegram-failed-2026-03}', replace: '{claim:merilo-made-up}' },
    ],
    says: ['content/i18n/en.json: event.E47: {claim:merilo-made-up}: no claim "merilo-made-up" in claims.json'],
  },
  {
    rule: 'an event without its title, and a title for an event that does not exist',
    edits: [
      { file: 'content/i18n/en.json', find: /\n {2}"event\.E10": "[^"]*",/, replace: '' },
      { file: 'content/i18n/ru.json', find: /\n {2}"event\.E10": "[^"]*",/, replace: '' },
      { file: 'content/i18n/en.json', find: '\n  "event.E01":', replace: '\n  "event.E99": "Nothing happened",\n  "event.E01":' },
      { file: 'content/i18n/ru.json', find: '\n  "event.E01":', replace: '\n  "event.E99": "Ничего не случилось",\n  "event.E01":' },
    ],
    says: [
      'content/i18n/en.json: event.E10: missing: every event of content/data/events.json needs its title here',
      'content/i18n/en.json: event.E99: names no event of content/data/events.json',
    ],
  },
  {
    rule: 'words written in the data where the site’s words hold them',
    edits: [
      {
        file: 'content/data/corrections.json',
        find: '"id": "2026-11-29-max-preinstall-date", ',
        replace: '"id": "2026-11-29-max-preinstall-date", "change": "A change.", ',
      },
    ],
    says: [
      'content/data/corrections.json: record "2026-11-29-max-preinstall-date", field "change": is one of the site\'s words: write it in content/i18n/en.json as "correction.2026-11-29-max-preinstall-date" (and translate it in the other languages\' files)',
    ],
  },
  {
    rule: 'a headline beside the note that the page shows none',
    edits: [
      {
        file: 'content/data/sources.json',
        find: '"id": "kremlin-ru-nd-law-summary", ',
        replace: '"id": "kremlin-ru-nd-law-summary", "title": "Law summary", ',
      },
    ],
    says: [
      'content/data/sources.json: record "kremlin-ru-nd-law-summary", field "title": a page with a headline has its `title` here, word for word; a page without one has `"titleIsDescription": true` and its description in content/i18n/en.json (description.<id>)',
    ],
  },
  {
    rule: 'a page without a headline with no description, and a description of a source that has its headline',
    edits: [
      { file: 'content/i18n/en.json', find: /\n {2}"description\.news-az-nd-russia-blocks-facebook": "[^"]*",/, replace: '' },
      { file: 'content/i18n/ru.json', find: /\n {2}"description\.news-az-nd-russia-blocks-facebook": "[^"]*",/, replace: '' },
      {
        file: 'content/i18n/en.json',
        find: '\n  "description.kremlin-ru-nd-law-summary":',
        replace:
          '\n  "description.wikipedia-mirror-nd-internet-censorship-russia": "A mirror",\n  "description.kremlin-ru-nd-law-summary":',
      },
      {
        file: 'content/i18n/ru.json',
        find: '\n  "description.kremlin-ru-nd-law-summary":',
        replace: '\n  "description.wikipedia-mirror-nd-internet-censorship-russia": "Зеркало",\n  "description.kremlin-ru-nd-law-summary":',
      },
    ],
    says: [
      'content/i18n/en.json: description.wikipedia-mirror-nd-internet-censorship-russia: content/data/sources.json gives "wikipedia-mirror-nd-internet-censorship-russia" its own title, so it takes no description here',
      'content/i18n/en.json: description.news-az-nd-russia-blocks-facebook: missing: every description of content/data/sources.json needs its title here',
    ],
  },
  {
    rule: 'an aggregator’s report with no site named',
    edits: [
      {
        file: 'content/data/sources.json',
        find: '"publisher": "Forbes", "kind": "aggregator", "via": "Championat",',
        replace: '"publisher": "Forbes", "kind": "aggregator",',
      },
    ],
    says: [
      'content/data/sources.json: record "championat-citing-2026-03-telegram-overtook-whatsapp-number", field "via": a mirror or an aggregator must name the site it was read on in `via`',
    ],
  },
  {
    rule: 'a malformed date in a data record',
    edits: [
      {
        file: 'content/data/events.json',
        find: '"id": "E32", "date": "2025-08-13",',
        replace: '"id": "E32", "date": "13/08/2025",',
      },
    ],
    says: ['content/data/events.json', 'record "E32"', 'field "date"', 'must be a date written YYYY-MM-DD, or YYYY-MM'],
  },
  {
    rule: 'a record citing a source that does not exist',
    edits: [
      {
        file: 'content/data/audience.json',
        find: /"source": "reuters-2025-08-whatsapp-accuses-moscow"/,
        replace: '"source": "nobody-said-so"',
      },
    ],
    says: ['content/data/audience.json', 'record "reach-2025-07-whatsapp"', 'field "source"', 'source "nobody-said-so" does not exist'],
  },
  {
    rule: 'an event naming a platform that does not exist',
    edits: [{ file: 'content/data/events.json', find: '"platforms": ["whatsapp", "telegram"],', replace: '"platforms": ["whatsap"],' }],
    says: ['content/data/events.json', 'record "E32"', 'field "platforms.0"', 'platform "whatsap" does not exist'],
  },
  {
    rule: 'an event with an unknown category',
    edits: [
      {
        file: 'content/data/events.json',
        find: '"id": "E04", "date": "2016-11-17", "category": "block"',
        replace: '"id": "E04", "date": "2016-11-17", "category": "ban"',
      },
    ],
    says: [
      'content/data/events.json',
      'record "E04"',
      'field "category"',
      'must be one of: law, block, throttle, restriction, fine, launch, statement',
    ],
  },
  {
    rule: 'a reach figure above the population',
    edits: [
      { file: 'content/data/audience.json', find: '"period": "2025-07", "reach": 97.3,', replace: '"period": "2025-07", "reach": 973,' },
    ],
    says: [
      'content/data/audience.json',
      'record "reach-2025-07-whatsapp"',
      'field "reach"',
      '973 million is more than the population (146,028,325)',
    ],
  },
  {
    rule: 'a source with an invalid URL',
    edits: [
      {
        file: 'content/data/sources.json',
        find: '"url": "https://tass.com/society/1907243"',
        replace: '"url": "tass.com/society/1907243"',
      },
    ],
    says: ['content/data/sources.json', 'record "tass-nd-rosstat-preliminary-population-estimate"', 'field "url"', 'must be a full URL'],
  },
  {
    rule: 'an MDX syntax error',
    edits: [{ file: chapter, find: '<Step id="reach-july-2025-telegram"', replace: '<Step id="reach-july-2025-telegram" {broken' }],
    says: [/content\/chapters\/en\/02-who-talks-on-what\.mdx:\d+:\d+: MDX syntax: /, /Could not parse|Unexpected|expression/i],
  },
  {
    rule: 'a chapter without a title',
    edits: [{ file: chapter, find: /^title: .*\n/m, replace: '' }],
    says: [`${chapter}: field "title": is missing: every chapter needs a title`],
  },
  {
    rule: 'front matter with text written as a list, and a misspelt field',
    edits: [
      { file: chapter, find: /^title: .*\n/m, replace: 'title: [Who, talks]\n' },
      { file: chapter, find: /^summary: /m, replace: 'sumary: ' },
    ],
    says: [
      `${chapter}: field "title": must be text, not a list`,
      `${chapter}: field "sumary": is not a known key; did you mean "summary"?`,
    ],
  },
  {
    rule: 'front matter that is not YAML',
    edits: [{ file: chapter, find: /^summary: /m, replace: 'summary: [unclosed\nx: ' }],
    says: [/02-who-talks-on-what\.mdx:\d+:\d+: front matter is not valid YAML/],
  },
  {
    rule: 'an order field in front matter (order comes from the file name)',
    edits: [{ file: chapter, find: /^title: /m, replace: 'order: 2\ntitle: ' }],
    says: [`${chapter}: field "order": chapters are ordered by the number in their file name (NN-slug.mdx) alone; delete this line`],
  },
  {
    rule: 'two chapters with the same number',
    edits: [secondChapter('Text.', '05-another-chapter.mdx')],
    says: ['content/chapters/en/05-', 'chapter number 05 is also used by content/chapters/en/05-'],
  },
  {
    rule: 'a gap in the chapter numbers',
    edits: [secondChapter('Text.', '07-a-later-chapter.mdx')],
    says: [
      'content/chapters/en/07-a-later-chapter.mdx: chapter number 07 follows content/chapters/en/05-the-sovereign-stack.mdx, so number 06 is missing',
      'rename it 06-a-later-chapter.mdx',
    ],
  },
  {
    rule: 'a chapter file without a number',
    edits: [secondChapter('Text.', 'extra.mdx')],
    says: ['content/chapters/en/extra.mdx: file name must be NN-slug.mdx'],
  },
  {
    rule: 'a JSON syntax error',
    edits: [{ file: 'content/data/platforms.json', find: /("origin": "foreign")/, replace: '$1,' }],
    says: [/content\/data\/platforms\.json: line \d+, column \d+: is not valid JSON: /],
  },
  {
    rule: 'a JSON syntax error in the site’s Russian words',
    edits: [{ file: 'content/i18n/ru.json', find: '"skipLink": ', replace: '"skipLink" ' }],
    says: [/content\/i18n\/ru\.json: line 4, column \d+: is not valid JSON: /],
  },
  {
    rule: 'several mistakes in several data files and a chapter (all are reported by one build)',
    edits: [
      {
        file: 'content/data/events.json',
        find: '"id": "E32", "date": "2025-08-13",',
        replace: '"id": "E32", "date": "13/08/2025",',
      },
      { file: 'content/data/audience.json', find: '"period": "2025-07", "reach": 97.3,', replace: '"period": "2025-07", "reach": 973,' },
      { file: population, find: /^title: .*\n/m, replace: '' },
    ],
    says: [
      'content/data/events.json: record "E32", field "date"',
      'content/data/audience.json: record "reach-2025-07-whatsapp", field "reach"',
      `${population}: field "title": is missing`,
      'steps and citations are checked once the data files are fixed',
      'The content has 3 mistakes',
    ],
  },
  {
    rule: 'several mistakes in several chapters (all are reported by one build)',
    edits: [
      { file: chapter, find: 'period: "2025-07", show: ["whatsapp"]', replace: 'perod: "2025-07", show: ["whatsapp"]' },
      { file: chapter, find: 'id="reach-july-2025-telegram"', replace: 'id="Reach_Telegram"' },
      { file: timeline, find: 'emphasis: { categories: ["law"] }', replace: 'emphasis: { categories: ["ban"] }' },
      { file: population, find: /^title: .*\n/m, replace: '' },
    ],
    says: [
      `step "${firstStep}": state.perod: is not a known key; did you mean "period"?`,
      `step "${firstStep}": state.period: is missing`,
      'step "Reach_Telegram": id must be kebab-case',
      'step "timeline-legal-groundwork": state.emphasis.categories.0',
      `${population}: field "title": is missing`,
      'The content has 5 mistakes',
    ],
  },
];

/** What every report must hold: each phrase, and no stack trace to read past (the message is the whole story). */
function expectSays(output: string, says: Fixture['says']): void {
  for (const phrase of says) {
    if (typeof phrase === 'string') expect(output).toContain(phrase);
    else expect(output).toMatch(phrase);
  }
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

describe('the content check refuses bad content and says where', () => {
  it.each(fixtures)('rejects $rule', async ({ edits, says }) => {
    const { ok, output } = await checkWith(edits);
    expect(ok, output).toBe(false);
    expectSays(output, says);
  });
});

// The check runs first in every build: one real build proves that `astro build` stops on it and prints its report, with
// a mistake of each kind the check finds before the chapters' steps: MDX syntax, the site's words, data records and
// front matter.
describe('the build stops on bad content with the check’s report', () => {
  const fixture = (rule: RegExp) => fixtures.find((f) => rule.test(f.rule))!;
  const [syntax, words, several] = [
    fixture(/^an MDX syntax error$/),
    fixture(/^a JSON syntax error in the site’s Russian words$/),
    fixture(/^several mistakes in several data files/),
  ];
  const counted = (phrase: string | RegExp) => typeof phrase === 'string' && phrase.startsWith('The content has');
  const edits = [...syntax.edits, ...words.edits, ...several.edits];
  const says = [...syntax.says, ...words.says, ...several.says.filter((phrase) => !counted(phrase)), 'The content has 5 mistakes'];

  // The site's words are read, not imported, by the code the config loads: a broken file is reported, not a crash.
  it('for an MDX syntax error beside a broken words file and several mistakes in several data files and a chapter', async () => {
    const [checked, build] = await Promise.all([checkWith(edits), buildWith(edits)]);
    expect(build.ok, build.output).toBe(false);
    for (const line of checked.output.split('\n')) expect(build.output).toContain(line);
    expectSays(build.output, says);
  }, 120_000);
});

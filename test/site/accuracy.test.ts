import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, wideFramesOf } from '../helpers/dist.ts';
import { datasets } from '../helpers/datasets.ts';
import { distDir } from '../helpers/paths.ts';

// The fact-check of 3 December 2026 (issue 22) found ten statements worded more strongly, or in another order, than
// the research notes. Each is pinned here where a reader meets it: in the built pages and downloads.
const pages = builtPages();
const page = (path: string) => pages.find((p) => p.path === path)!;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const text = (path: string, selector = 'main') => squash(page(path).$(selector).text());
/** The row of the timeline's data table on a chapter's data page whose event title matches. */
const timelineRow = (path: string, title: RegExp) => {
  const $ = page(`${path}data/`).$;
  const row = $('#data-ban-sequence tbody tr')
    .toArray()
    .map((tr) =>
      $(tr)
        .find('td')
        .toArray()
        .map((td) => squash($(td).text())),
    )
    .find((cells) => title.test(cells[1]!));
  if (!row) throw new Error(`no timeline row matches ${title} on ${path}`);
  return row;
};
const download = (name: string) =>
  JSON.parse(readFileSync(join(distDir, 'downloads/data', name), 'utf8')) as { rows: Record<string, string | null>[] };
const ch = (slug: string) => `/chapters/${slug}/`;

describe('the ten findings of the second fact-check stay fixed', () => {
  it('E26: Google’s “2 undecillion rouble” fines are worded and drawn as reported, with the log entry that drew them solid corrected', () => {
    const row = timelineRow(ch('a-decade-of-closing-doors'), /undecillion/);
    expect(row[1]).toMatch(/reported at 2 undecillion/);
    expect(row[3]).toBe('Reported, not officially confirmed');
    const marks = page(ch('a-decade-of-closing-doors')).$('[data-key="event:E26"]').toArray();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.attribs.class).toContain('is-reported');
    const about = text('/about/', '.corrections');
    expect(about).toMatch(/drawn hollow and worded as reported again: the sum was reported by RBC/);
    expect(about).toMatch(/\[Reversed on 3 December 2026: the sum rests on RBC’s report; see that day’s correction\.\]/);
  });

  it('chapter 2’s summary credits the 2026 figures to Mediascope via Forbes and Championat, and gives MAX no February figure', () => {
    for (const path of ['/', ch('who-talks-on-what')]) {
      const summary = path === '/' ? text('/', 'main ol') : text(path, '.dek');
      expect(summary, path).toMatch(/according to Mediascope figures reported by Forbes and cited by Championat/);
      expect(summary, path).not.toMatch(/by February 2026/);
    }
    expect(datasets.audience.some((r) => r.platform === 'max' && r.period === '2026-02')).toBe(false);
  });

  it('says what Mediascope says of its own ages, and prints “aged 12+” beside no figure whose source does not say it', () => {
    expect(text(ch('a-country-on-its-phones'))).toMatch(
      /Mediascope says its measurement of internet audiences, Cross Web, covers people aged 12 and over \(Mediascope\)/,
    );
    expect(text('/about/')).toMatch(
      /Mediascope says its measurement of internet audiences, Cross Web, covers people aged 12 and over \(Mediascope\)/,
    );
    for (const p of pages) {
      const read = squash(p.$('main').text()).replace(squash(p.$('.corrections').text()), '');
      expect(read, p.path).not.toMatch(/Mediascope counts only|aged 12\+|aged 12 and over\)/);
    }
    const csv = readFileSync(join(distDir, 'downloads/data/population-coverage.csv'), 'utf8');
    expect(csv).not.toMatch(/12\+|aged 12/);
  });

  it('chapter 3’s question does not state WhatsApp’s accusation in the site’s voice', () => {
    const questions = text('/educators/');
    expect(questions).not.toMatch(/one messenger it can oversee/);
    expect(questions).toMatch(/the messenger it designated as national/);
  });

  it('chapter 5 gives MAX its state role from the June 2025 law, not at its test launch', () => {
    const step = text(ch('the-sovereign-stack'), '#stack-max-national-messenger .step__text');
    expect(step).not.toMatch(/the state’s own messenger|the state's own messenger/);
    expect(step).toMatch(/VK’s messenger MAX ran in test mode from 1 March 2025 \(Kommersant\); its state role came later/);
  });

  it('names the period of Carnegie’s shutdown count, as About promises for every figure', () => {
    expect(text('/about/')).toMatch(/Every figure on the site names its period/);
    expect(text(ch('the-sovereign-stack'), '#stack-shutdowns-and-whitelists .step__text')).toMatch(
      /about 2,000 shutdowns a month on average in late 2025/,
    );
  });

  it('titles E32 as the day officials confirmed the call restrictions, everywhere it is labelled or listed', () => {
    const title = 'Restrictions on WhatsApp and Telegram calls confirmed';
    expect(timelineRow(ch('a-decade-of-closing-doors'), /calls confirmed/)[0]).toBe('13 August 2025');
    // The graphic's labels, at either size: narrow in the page, wide in the file its story fetches.
    const chapter = page(ch('the-call-that-didnt-connect'));
    const labels = [chapter.$, wideFramesOf(chapter)].flatMap(($) =>
      $('text')
        .toArray()
        .map((t) => $(t).text()),
    );
    expect(labels).toContain(title);
    expect(download('ban-sequence.json').rows.find((r) => r.event_id === 'E32')?.event).toBe(title);
    for (const p of pages) expect(p.html, p.path).not.toMatch(/>WhatsApp and Telegram calls restricted</);
  });

  it('gives WhatsApp’s statement of 13 August before the statements of 21 August and late November it used to follow', () => {
    const prose = text(ch('who-talks-on-what'));
    const whatsapp = prose.indexOf('WhatsApp said Russia was trying to block it');
    expect(whatsapp).toBeGreaterThan(0);
    expect(whatsapp).toBeLessThan(prose.indexOf('Max is expected to serve'));
    expect(prose.indexOf('Max is expected to serve')).toBeLessThan(prose.indexOf('in late November 2025'));
    expect(prose).not.toMatch(/WhatsApp answered/);
  });

  it('says Roskomnadzor announced Telegram’s restrictions; only the full block rests on reports', () => {
    const step = text(ch('the-sovereign-stack'), '#stack-telegram-reported-blocked .step__text');
    expect(step).not.toMatch(/by reports rather than announcements/);
    expect(step).toMatch(
      /Telegram was restricted at the same time: on 10 February Roskomnadzor announced it would keep restricting the app/,
    );
    expect(step).toMatch(/The steps towards a full block rest on reports/);
  });

  it('titles E37 as the partial restriction Roskomnadzor confirmed, and the 34 regions as a monitor’s tally', () => {
    const row = timelineRow(ch('a-decade-of-closing-doors'), /Partial restrictions on the messengers confirmed/);
    expect(row[3]).toMatch(
      /^Confirmed; reported only: the count of 34 regions where users reported losing messaging is the monitor Na Svyazi’s tally/,
    );
    for (const p of pages) expect(p.html, p.path).not.toMatch(/Messaging partly restricted; a monitor counts/);
  });

  it('shows on the Sources page how current the story is, as on every other page', () => {
    expect(text('/sources/', '.chapter-head .as-of')).toMatch(/^Current to \d{1,2} \w+ \d{4}/);
  });
});

describe('sources a student can check', () => {
  const sourcesPage = page('/sources/');

  it('marks every source’s kind, names the original publisher first and keeps the site a copy was read on', () => {
    const entries = sourcesPage.$('.source').toArray();
    expect(entries.length).toBeGreaterThan(50);
    for (const entry of entries)
      expect(sourcesPage.$(entry).find('.source-kind').text()).toMatch(/^(Original|Official|Wire copy|Mirror|Aggregator)$/);
    const entryOf = (url: string) => squash(sourcesPage.$(`.source:has(a[href="${url}"])`).first().text());
    expect(entryOf('https://www.daily8.com/en/article/5f965a4eb169f1df30edaf067719c31d')).toMatch(
      /^Wire copy Reuters \(text via Daily8\)\./,
    );
    expect(
      entryOf('https://www.championat.com/cybersport/news-6381782-telegram-oboshyol-whatsapp-po-chislu-polzovatelej-v-rossii.html'),
    ).toMatch(/^Aggregator Forbes \(as reported by Championat\)\./);
    expect(entryOf('https://artsakh.news/en/news/149601')).toMatch(/^Wire copy artsakh\.news \(syndicated copy; original not named\)\./);
    expect(entryOf('https://tass.com/economy/2001857')).toMatch(/^Original TASS\./);
  });

  it('says “n.d.” only for pages the research notes give no date, and never “Undated”', () => {
    expect(squash(sourcesPage.$('main').text())).not.toMatch(/Undated/);
    const dated = (id: string) => datasets.sources.find((s) => s.id === id)!.date;
    // Dates the research notes give for pages that were undated: in the text, and in the page's address.
    expect(dated('reuters-2024-10-russia-blocks-instant-messaging')).toBe('2024-10-08');
    expect(dated('upi-2025-08-moscow-restrict-some-calls')).toBe('2025-08-14');
    // The notes give no date for Daily8's copy of Reuters: it stays n.d. rather than borrow the event's month.
    expect(dated('reuters-2025-08-whatsapp-accuses-moscow')).toBe('n.d.');
  });

  it('gives, for each chapter, the share of its cited statements that rest on an original or official source', () => {
    const summaries = sourcesPage.$('.source-summary').toArray();
    expect(summaries.length).toBeGreaterThan(0);
    for (const summary of summaries) {
      const [original, statements] = summary.attribs['data-strength']!.split('/').map(Number);
      expect(statements).toBeGreaterThan(0);
      expect(squash(sourcesPage.$(summary).text())).toContain(
        `Of the chapter’s ${statements} cited statements, ${original} (${Math.round((100 * original!) / statements!)}%)`,
      );
    }
  });

  it('keeps the original publisher, the site read and the kind in every download row', () => {
    const row = download('user-shares.json').rows.find((r) => r.source_url?.includes('daily8.com'))!;
    expect(row).toMatchObject({ source_publisher: 'Reuters', source_via: 'Daily8', source_kind: 'Wire copy' });
    const csv = readFileSync(join(distDir, 'downloads/data/user-shares.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toContain('"source_publisher","source_via","source_kind"');
    expect(csv).toMatch(/"Reuters","Daily8","Wire copy","https:\/\/www\.daily8\.com/);
  });
});

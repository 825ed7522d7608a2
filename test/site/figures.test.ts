import { describe, expect, it } from 'vitest';
import { claimText, reachText, populationText, currentPopulation } from '../../src/data/figure-text.ts';
import { formatEventDate } from '../../src/core/format.ts';
import { currentTo } from '../../src/data/current-to.ts';
import { localePath, pathLocale } from '../../src/core/locale.ts';
import { fill } from '../../src/core/fill.ts';
import { siteWords } from '../../src/data/site-words.ts';
import { builtPages, chapterPages, russianChapterPages } from '../helpers/dist.ts';
import { datasets } from '../helpers/datasets.ts';
import { checkWith } from '../helpers/fixture-build.ts';

const pages = builtPages();
const chapters = [...chapterPages(), ...russianChapterPages()];
const page = (path: string) => pages.find((p) => p.path === path)!;
const squash = (text: string) => text.replace(/\s+/g, ' ');
/** A reach-like figure in running text: "97.3 million", "more than 97 million", "about 42 million". */
const figurePattern = /(?:more than |about |over |an estimated )?\d+(?:\.\d+)? million/g;

/** Every figure in words the data can print: reach records, the population in millions, and claims. */
const known = new Set([
  ...datasets.audience.map((r) => reachText(r)),
  populationText(currentPopulation(datasets), 'millions'),
  ...datasets.claims.map((c) => claimText(c)),
]);

describe('figures in the prose are printed from the data', () => {
  it('finds figures to check', () => {
    const all = chapters.flatMap((c) => squash(c.$('main').text()).match(figurePattern) ?? []);
    expect(all.length).toBeGreaterThan(20);
  });

  it.each(chapters.map((c) => [c.path, c] as const))(
    'every million-figure in %s, its prose and its alt texts, is a record’s',
    (_path, chapter) => {
      const $ = chapter.$;
      const prose = squash($('main .prose p, main .step__text, main .step__alt').not('blockquote p').text());
      const found = prose.match(figurePattern) ?? [];
      for (const figure of found) {
        const bare = figure.replace(/^(more than |about |over |an estimated )/, '');
        expect(
          [...known].some((k) => k === figure || k.endsWith(bare)),
          `${chapter.path}: "${figure}"`,
        ).toBe(true);
      }
    },
  );

  it('states each July 2025 reach beside a citation of its record’s source', () => {
    const text = squash(page('/chapters/who-talks-on-what/').$('main').html()!);
    for (const id of ['reach-2025-07-whatsapp', 'reach-2025-07-telegram', 'reach-2025-07-vk-messenger']) {
      const record = datasets.audience.find((r) => r.id === id)!;
      expect(text, id).toContain(reachText(record));
    }
    const telegram = page('/chapters/who-talks-on-what/').$('#reach-july-2025-telegram .step__text');
    expect(squash(telegram.text())).toContain('90.8 million (Reuters)');
  });

  it('prints the population from its record on the home page, chapter 3 and About', () => {
    const population = currentPopulation(datasets);
    expect(squash(page('/').$('main').text())).toContain(populationText(population, 'millions'));
    expect(squash(page('/chapters/a-country-on-its-phones/').$('main').text())).toContain(populationText(population));
    expect(squash(page('/about/').$('main').text())).toContain(populationText(population));
  });

  it('prints summaries with their placeholders resolved, on every page that shows them', () => {
    for (const p of pages) expect(p.html, p.path).not.toMatch(/\{(reach|squares|population|date|month|claim)[:}]/);
    expect(squash(page('/').$('main').text())).toContain('WhatsApp reached 97.3 million people in Russia');
  });
});

describe('reported records render as reported everywhere', () => {
  const timeline = page('/chapters/a-decade-of-closing-doors/data/');
  const rowStatus = (text: string) =>
    timeline
      .$('#data-ban-sequence tbody tr')
      .toArray()
      .map((tr) => timeline.$(tr).find('td'))
      .find((td) => td.eq(1).text() === text)
      ?.eq(3)
      .text();

  it('marks each event’s status in the data table, with the reported detail of a confirmed event', () => {
    for (const e of datasets.events) {
      const status = rowStatus(e.title);
      if (e.reported) expect(status, e.id).toBe('Reported, not officially confirmed');
      else if (e.reportedDetail) expect(status, e.id).toBe(`Confirmed; reported only: ${e.reportedDetail}`);
      else expect(status, e.id).toBe('Confirmed');
    }
  });

  it('draws reported events hollow and confirmed ones solid, in every snapshot', () => {
    const reported = new Set(datasets.events.filter((e) => e.reported).map((e) => e.id));
    let checked = 0;
    for (const chapter of chapters) {
      for (const el of chapter.$('circle[data-key^="event:"]').toArray()) {
        const id = chapter.$(el).attr('data-key')!.slice('event:'.length);
        expect(chapter.$(el).hasClass('is-reported'), `${chapter.path} ${id}`).toBe(reported.has(id));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('draws reach figures from secondary reports as hollow bars, marks them in the table and words them as reported', () => {
    const ch2 = page('/chapters/who-talks-on-what/');
    for (const step of ch2.$('[data-step]').toArray()) {
      const id = ch2.$(step).attr('id')!;
      const secondary = /2026/.test(id);
      const bars = ch2.$(step).find('rect[data-key^="bar:"]').toArray();
      expect(bars.length).toBeGreaterThan(0);
      for (const bar of bars) expect(ch2.$(bar).hasClass('is-reported'), id).toBe(secondary);
      if (secondary) {
        expect(squash(ch2.$(step).find('.step__text').text()), id).toMatch(/report/);
        expect(squash(ch2.$(step).find('.step__alt').text()), id).toMatch(/reported by Forbes/);
      }
    }
    const data = page('/chapters/who-talks-on-what/data/');
    const rows = data
      .$('#data-user-shares tbody tr')
      .toArray()
      .map((tr) =>
        data
          .$(tr)
          .find('td')
          .toArray()
          .map((td) => data.$(td).text()),
      );
    for (const r of datasets.audience) {
      const row = rows.find(
        (cells) => cells[0] === formatMonthName(r.period) && cells[1] === datasets.platforms.find((p) => p.id === r.platform)!.name,
      );
      expect(row?.[4], r.id).toBe(r.reported ? 'Reported, from a secondary source' : 'Confirmed');
    }
    for (const path of ['/', '/educators/', '/chapters/who-talks-on-what/']) {
      expect(squash(page(path).$('main').text()), path).toContain('according to Mediascope figures reported by Forbes');
    }
  });
});

describe('how current the story is, and what was corrected', () => {
  /** A page's language and its words for the two dates, filled as the page prints them. */
  const dated = (path: string, key: 'dates.current' | 'dates.updated', date: string) => {
    const { locale } = pathLocale(path);
    return squash(fill(siteWords(locale)[key], { date: formatEventDate(date, undefined, {}, locale) }));
  };
  const today = currentTo(datasets);

  it('says on the home page and on every chapter, in its language, what date the story is current to', () => {
    for (const path of ['/', '/ru/']) expect(squash(page(path).$('.as-of').text()).trim()).toBe(dated(path, 'dates.current', today));
    expect(squash(page('/').$('.as-of').text()).trim()).toBe(`Current to ${formatEventDate(today)}`);
    for (const chapter of chapters)
      expect(squash(chapter.$('.chapter-head .as-of').text()), chapter.path).toContain(dated(chapter.path, 'dates.current', today));
  });

  it('shows “Updated” beside the title of each corrected chapter, linked to the log on its edition’s About page', () => {
    for (const chapter of chapters) {
      const slug = pathLocale(chapter.path).path.split('/')[2]!;
      const corrections = datasets.corrections
        .filter((c) => c.chapter === slug)
        .map((c) => c.date)
        .sort();
      const updated = chapter.$('.chapter-head .as-of a');
      if (corrections.length === 0) expect(updated.length, chapter.path).toBe(0);
      else {
        expect(squash(updated.text())).toBe(dated(chapter.path, 'dates.updated', corrections.at(-1)!));
        expect(updated.attr('href')).toBe(`${localePath(pathLocale(chapter.path).locale, '/about/')}#corrections`);
      }
    }
    expect(squash(page('/chapters/who-talks-on-what/').$('.chapter-head .as-of a').text())).toMatch(/^Updated \d+ \w+ \d{4}$/);
  });

  it('lists every correction on the About page', () => {
    const about = page('/about/');
    expect(about.$('#corrections').length).toBe(1);
    const items = about
      .$('.corrections li')
      .toArray()
      .map((li) => squash(about.$(li).text()));
    expect(items.length).toBe(datasets.corrections.length);
    for (const c of datasets.corrections)
      expect(
        items.some((item) => item.includes(c.change)),
        c.id,
      ).toBe(true);
  });
});

describe('a changed record changes every sentence that states it', () => {
  // That the old figure leaves every page when the record changes is checked on a build of a changed copy: the test
  // run's copy with a sixth chapter carries the change (test/helpers/several-stories-site.ts), and the last describe
  // of test/site/subpath.test.ts checks it (a build saved).

  it('refuses a reach figure typed by hand in the prose, naming the file and the line', async () => {
    const file = 'content/chapters/en/02-who-talks-on-what.mdx';
    const { ok, output } = await checkWith([
      { file, find: '<Reach platform="telegram" period="2025-07" strong />', replace: '**90.8 million**' },
    ]);
    expect(ok).toBe(false);
    expect(output).toContain(file);
    expect(output).toMatch(/line \d+: the figure "90\.8 million" is typed by hand/);
  }, 300_000);

  it('refuses a figure typed by hand in a summary, naming the chapter and the field', async () => {
    const file = 'content/chapters/en/02-who-talks-on-what.mdx';
    const { ok, output } = await checkWith([
      { file, find: 'WhatsApp reached {reach:whatsapp:2025-07} people', replace: 'WhatsApp reached 97.3 million people' },
    ]);
    expect(ok).toBe(false);
    expect(output).toContain('02-who-talks-on-what');
    expect(output).toMatch(/field "summary": the figure "97\.3 million" is typed by hand/);
  }, 300_000);

  it('refuses a quotation typed by hand as a blockquote', async () => {
    const file = 'content/chapters/en/01-the-call-that-didnt-connect.mdx';
    const { ok, output } = await checkWith([
      { file, find: '<Quote id="digital-ministry-2025-08-13" />', replace: '> "Access to calls will be restored."' },
    ]);
    expect(ok).toBe(false);
    expect(output).toContain(file);
    expect(output).toMatch(/line \d+: a quotation is typed by hand; add it to content\/data\/quotes\.json/);
  }, 300_000);
});

function formatMonthName(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, 1)).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ChapterMeta } from '../../src/data/chapter-schema.ts';
import { eventDateText, reachText, resolvePlaceholders } from '../../src/data/figure-text.ts';
import { figureSources } from '../../src/data/figure-sources.ts';
import { contentChapters } from '../helpers/content-chapters.ts';
import { datasets } from '../helpers/datasets.ts';
import { builtPages, type BuiltPage } from '../helpers/dist.ts';
import { siteRoot } from '../helpers/paths.ts';

/**
 * The lesson layer as built (/educators/lesson/ and the quiz sheets), read as a teacher would: plans whose timings add
 * up, guidance on ages and sensitivity, a model answer for every discussion question, and a quiz per chapter whose
 * answers are the data's. The chapters, their questions and quizzes are read from content/chapters/en, not listed here.
 */
const pages = new Map(builtPages().map((p) => [p.path, p]));
const page = (path: string): BuiltPage => {
  const found = pages.get(path);
  if (!found) throw new Error(`no built page at ${path}`);
  return found;
};
const lesson = page('/educators/lesson/');
const { $ } = lesson;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const chapters = contentChapters.map(({ file, path }) => {
  const yaml = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(siteRoot, file), 'utf8'))![1]!;
  return { file, path, slug: path.split('/')[2]!, meta: parse(yaml) as ChapterMeta };
});
const platformName = (id: string) => datasets.platforms.find((p) => p.id === id)!.name;
/** A part of a plan as the table shows it: its name and its minutes. */
const parts = (table: ReturnType<typeof $>) =>
  table
    .find('tbody tr')
    .toArray()
    .map((tr) => ({
      part: $(tr).find('.lesson-plan__phase').text(),
      minutes: Number(/^(\d+) min$/.exec($(tr).find('.lesson-plan__minutes').text())![1]),
    }));
const lessonParts = ['Warm-up', 'Reading', 'Task', 'Discussion', 'Exit ticket'];

describe('the lesson plans', () => {
  it('include one lesson of 45 minutes: warm-up, reading, task, discussion and exit ticket, timed to add up to 45', () => {
    const tables = $('#one-lesson').closest('section').find('table.lesson-plan');
    expect(tables.length).toBe(1);
    const rows = parts(tables);
    expect(rows.map((r) => r.part)).toEqual(lessonParts);
    expect(rows.reduce((sum, r) => sum + r.minutes, 0)).toBe(45);
    expect(tables.find('tfoot [data-total]').text()).toBe('45 min');
  });

  it('include a variant of two lessons, each with all five parts, timed to add up to 90 minutes', () => {
    const tables = $('#two-lessons').closest('section').find('table.lesson-plan').toArray();
    expect(tables.length).toBe(2);
    const all = tables.map((t) => parts($(t)));
    for (const rows of all) expect(rows.map((r) => r.part)).toEqual(lessonParts);
    expect(all.map((rows) => rows.reduce((sum, r) => sum + r.minutes, 0))).toEqual([45, 45]);
  });

  it('link the chapters to read, the steps to show, the questions’ model answers, the quiz sheets and the glossary', () => {
    const plans = $('table.lesson-plan');
    const hrefs = plans
      .find('a')
      .toArray()
      .map((a) => $(a).attr('href')!);
    expect(hrefs.filter((h) => /^\/chapters\/[^/#]+\/$/.test(h)).length).toBeGreaterThanOrEqual(2);
    expect(hrefs.filter((h) => /^\/chapters\/[^/]+\/#/.test(h)).length).toBeGreaterThanOrEqual(3);
    for (const href of hrefs.filter((h) => h.startsWith('#'))) expect($(`[id="${href.slice(1)}"]`).length, href).toBe(1);
    expect(hrefs.filter((h) => h.startsWith('/educators/quiz/')).length).toBe(3);
    expect($('a[href="/glossary/"]').length).toBeGreaterThan(0);
  });
});

describe('the guidance', () => {
  it('says which ages and levels it suits: upper secondary, ages 15–18, and introductory university', () => {
    const levels = squash($('#who').nextUntil('h2').text());
    expect(levels).toMatch(/Upper secondary, ages 15–18/);
    expect(levels).toMatch(/Introductory university/);
  });

  it('has a note on sensitivity: family in Russia or Ukraine, VPNs and the law, reported against confirmed', () => {
    const note = squash($('#sensitivity').nextUntil('h2, section').text());
    expect(note).toMatch(/family or friends in Russia or Ukraine/);
    expect(note).toMatch(/VPNs.*legal risk/);
    const vpnLaw = datasets.events.find((e) => e.title === 'VPN and anonymiser law signed')!;
    expect(note).toContain(`a law signed on ${eventDateText(vpnLaw)} obliges providers to block VPNs`);
    expect(note).toMatch(/Reported is not confirmed/);
  });
});

describe('the teacher notes', () => {
  it.each(chapters)('give $file a model answer for every discussion question, printed from the data', ({ slug, meta }) => {
    // The questions as the educators' page prints them, and the notes under each on the lesson page.
    const educators = page('/educators/');
    const asked = educators
      .$(`#chapter-${slug}`)
      .nextAll('ol')
      .first()
      .children('li')
      .toArray()
      .map((li) => squash(educators.$(li).text()));
    const items = $(`#notes-${slug}`).next('ol').children('li').toArray();
    expect(items.map((li) => squash($(li).find('.lesson-notes__question').text()))).toEqual(asked);
    expect(items.length).toBe(meta.questions.length);
    items.forEach((li, i) => {
      const note = $(li).find('[data-teacher-note]');
      const written = meta.teacherNotes?.[i];
      expect(written, `question ${i + 1} has no teacher note`).toBeDefined();
      expect(squash(note.text())).toContain(squash(`Model answer: ${resolvePlaceholders(written!, datasets)}`));
      // Each figure's record is cited: its source's entry on the sources page.
      const cited = note
        .find('.cite a')
        .toArray()
        .map((a) => $(a).attr('href')!.split('--')[1]);
      expect(cited).toEqual([...figureSources(written!, datasets).sources]);
    });
  });
});

describe('the exit quizzes', () => {
  it.each(chapters)('give $file 3–4 questions whose answers are the data’s, with their sources', ({ slug, meta }) => {
    const quiz = meta.quiz ?? [];
    expect(quiz.length).toBeGreaterThanOrEqual(3);
    expect(quiz.length).toBeLessThanOrEqual(4);
    const items = $(`#quiz-${slug}`).nextAll('ol.quiz').first().children('li').toArray();
    expect(items.length).toBe(quiz.length);
    quiz.forEach((question, i) => {
      const item = $(items[i]);
      const answer = item.find('details .quiz-answer');
      const value = squash(answer.find('.quiz-answer__value').text());
      const cited = answer
        .find('.cite a')
        .toArray()
        .map((a) => $(a).attr('href')!.split('--')[1]);
      const choices = item
        .find('.quiz__choices li')
        .toArray()
        .map((li) => $(li).text());
      const letter = (label: string) => `${String.fromCharCode(65 + choices.indexOf(label))}. ${label}`;
      expect(squash(item.find('.quiz__ask').text())).toBe(squash(resolvePlaceholders(question.ask, datasets)));
      switch (question.kind) {
        case 'figure':
          expect(value).toBe(resolvePlaceholders(question.answer, datasets));
          expect(cited).toEqual([...figureSources(question.answer, datasets).sources]);
          break;
        case 'largest-reach': {
          const records = datasets.audience.filter((r) => r.period === question.month && question.choices!.includes(r.platform));
          const top = records.reduce((a, b) => (b.reach > a.reach ? b : a));
          expect([...choices].sort()).toEqual(question.choices!.map(platformName).sort());
          expect(value).toBe(letter(platformName(top.platform)));
          for (const r of records) expect(squash(answer.text())).toContain(`${platformName(r.platform)} ${reachText(r)}`);
          expect(cited).toEqual([...new Set(records.sort((a, b) => b.reach - a.reach).map((r) => r.source))]);
          break;
        }
        case 'earliest': {
          const events = datasets.events.filter((e) => question.choices!.includes(e.id)).sort((a, b) => a.date.localeCompare(b.date));
          const first = resolvePlaceholders(events[0]!.title, datasets);
          expect(value).toBe(letter(first));
          for (const e of events) expect(squash(answer.text())).toContain(eventDateText(e));
          expect(cited).toEqual(events.map((e) => e.sources[0]));
          break;
        }
        case 'confirmed-or-reported': {
          const event = datasets.events.find((e) => e.id === question.event)!;
          expect(value).toBe(letter(event.reported ? 'Reported only' : 'Confirmed'));
          expect(cited).toEqual([event.sources[0]]);
          break;
        }
      }
    });
  });

  it('fold each answer into a <details> under its question, which opens without JavaScript', () => {
    const questions = $('ol.quiz > li');
    expect(questions.length).toBeGreaterThanOrEqual(3 * chapters.length);
    questions.each((_, li) => {
      expect($(li).children('details').children('summary').text()).toBe('Show the answer');
      expect($(li).children('details').find('.quiz-answer').length).toBe(1);
    });
  });

  it.each(chapters)('print for $file on a sheet: the questions without answers, then the answer key', ({ slug }) => {
    const href = $(`#quiz-${slug}`).nextAll('p').find('a[data-quiz-sheet]').attr('href')!;
    const sheet = page(href).$;
    const questions = sheet('#questions').closest('section');
    const key = sheet('#answer-key').closest('section');
    expect(questions.find('ol.quiz > li').length).toBe($(`#quiz-${slug}`).nextAll('ol.quiz').first().children('li').length);
    expect(questions.find('.quiz-answer, details').length).toBe(0);
    expect(key.prevAll('section').is(questions)).toBe(true);
    const onLesson = $(`#quiz-${slug}`)
      .nextAll('ol.quiz')
      .first()
      .find('.quiz-answer')
      .toArray()
      .map((p) => squash($(p).text()));
    expect(
      key
        .find('.quiz-answer')
        .toArray()
        .map((p) => squash(sheet(p).text())),
    ).toEqual(onLesson);
  });
});

describe('the educators’ page', () => {
  const educators = page('/educators/');

  it('links the lesson page, and each chapter’s teacher notes and exit quiz', () => {
    expect(educators.$('a[href="/educators/lesson/"]').length).toBeGreaterThan(0);
    for (const { slug } of chapters) {
      for (const id of [`notes-${slug}`, `quiz-${slug}`]) {
        expect(educators.$(`a[href="/educators/lesson/#${id}"]`).length, id).toBe(1);
        expect($(`[id="${id}"]`).length, id).toBe(1);
      }
    }
  });

  it('offers a copy button for every address, embed code and citation it gives', () => {
    const copyable = educators.$('.kit-chapter code, .kit-chapter .citations dd');
    expect(copyable.length).toBeGreaterThan(0);
    copyable.each((_, el) => {
      const target = educators.$(el);
      expect(target.attr('data-copy'), target.text().slice(0, 60)).toMatch(/^(link to|embed code of|APA|MLA|Chicago)/);
      expect(target.closest('copy-text').length, target.attr('data-copy')).toBe(1);
    });
    const steps = educators.$('.kit-step').length;
    expect(educators.$('[data-copy^="link to chapter"]').length).toBe(chapters.length);
    expect(educators.$('[data-copy^="link to step"]').length).toBe(steps);
    expect(educators.$('[data-copy^="embed code of step"]').length).toBe(steps);
    expect(educators.$('.kit-chapter .citations dd').length).toBe(3 * (chapters.length + steps));
    expect(educators.$('code[data-copy="link to chapter 1"]').text()).toMatch(new RegExp(`^https?://[^/]+${chapters[0]!.path}$`));
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkFrontmatter } from '../../../src/build/content/check-content.ts';
import type { ChapterMeta } from '../../../src/data/chapter-schema.ts';
import { contentChapters } from '../../helpers/content-chapters.ts';
import { datasets } from '../../helpers/datasets.ts';
import { siteRoot } from '../../helpers/paths.ts';

/**
 * The lesson material in the chapters' front matter (teacher notes, exit quizzes) is checked like any other content:
 * the content check, which the build runs first, names the file and the field of every mistake. Each case edits a real
 * chapter, chosen from the content by what it holds, and checks it as the build does (checkFrontmatter).
 */
type Meta = ChapterMeta & Record<string, unknown>;
const chapters = contentChapters.map(({ file }) => {
  const yaml = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(siteRoot, file), 'utf8'))![1]!;
  return { file, meta: parse(yaml) as Meta };
});
const withQuiz = (kind: string) => {
  const found = chapters.find((c) => c.meta.quiz?.some((q) => q.kind === kind));
  if (!found) throw new Error(`no chapter has a ${kind} quiz question`);
  return { ...found, index: found.meta.quiz!.findIndex((q) => q.kind === kind) };
};
/** The content check's messages for a chapter's front matter after `edit`. */
function check(file: string, meta: Meta, edit: (meta: Meta) => void): string[] {
  const copy = structuredClone(meta);
  edit(copy);
  return checkFrontmatter(file, stringify(copy), datasets).map((e) => e.message);
}

describe('teacher notes and exit quizzes in the front matter', () => {
  it('are accepted as every chapter gives them, and every chapter gives a note per question and a quiz', () => {
    for (const { file, meta } of chapters) {
      expect(
        check(file, meta, () => {}),
        file,
      ).toEqual([]);
      expect(meta.teacherNotes?.length, `${file}: teacherNotes`).toBe(meta.questions.length);
      expect(meta.quiz?.length, `${file}: quiz`).toBeGreaterThanOrEqual(3);
    }
  });

  it('refuse a discussion question without its teacher note, naming the file, the field and the question', () => {
    const { file, meta } = chapters[0]!;
    const last = meta.questions.length - 1;
    expect(check(file, meta, (m) => m.teacherNotes!.pop())).toEqual([
      `${file}: field "teacherNotes.${last}": is missing: question ${last + 1} ("${meta.questions[last]}") has no teacher note; write one note per question, in the questions' order`,
    ]);
  });

  it('refuse a figure typed by hand in a teacher note, saying which placeholder to write', () => {
    const { file, meta } = chapters.find((c) => c.meta.teacherNotes!.some((n) => n.includes('{reach:whatsapp:2025-07}')))!;
    const i = meta.teacherNotes!.findIndex((n) => n.includes('{reach:whatsapp:2025-07}'));
    const typed = datasets.audience.find((r) => r.id === 'reach-2025-07-whatsapp')!.reach;
    const messages = check(
      file,
      meta,
      (m) => (m.teacherNotes![i] = m.teacherNotes![i]!.replace('{reach:whatsapp:2025-07}', `${typed} million`)),
    );
    expect(messages).toEqual([
      `${file}: field "teacherNotes.${i}": the figure "${typed} million" is typed by hand, but the data holds it: write {reach:whatsapp:2025-07}`,
    ]);
  });

  it('refuse a largest-reach answer the data does not bear out, saying what the data gives', () => {
    const { file, meta, index } = withQuiz('largest-reach');
    const question = meta.quiz![index]!;
    const wrong = question.choices!.find((c) => c !== question.answer)!;
    const [message, ...rest] = check(file, meta, (m) => (m.quiz![index]!.answer = wrong));
    expect(rest).toEqual([]);
    expect(message).toMatch(new RegExp(`^${file}: field "quiz\\.${index}\\.answer": says "${wrong}", but audience\\.json gives `));
    expect(message).toContain(`write "${question.answer}"`);
  });

  it('refuse an earliest answer that is not the earliest event', () => {
    const { file, meta, index } = withQuiz('earliest');
    const question = meta.quiz![index]!;
    const wrong = question.choices!.find((c) => c !== question.answer)!;
    const [message, ...rest] = check(file, meta, (m) => (m.quiz![index]!.answer = wrong));
    expect(rest).toEqual([]);
    expect(message).toMatch(
      new RegExp(`^${file}: field "quiz\\.${index}\\.answer": says "${wrong}", but events\\.json dates ${question.answer} `),
    );
  });

  it('refuse a confirmed-or-reported answer that contradicts events.json', () => {
    const { file, meta, index } = withQuiz('confirmed-or-reported');
    const question = meta.quiz![index]!;
    const event = datasets.events.find((e) => e.id === question.event)!;
    const wrong = event.reported ? 'confirmed' : 'reported';
    expect(check(file, meta, (m) => (m.quiz![index]!.answer = wrong))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${file}: field "quiz\\.${index}\\.answer": says "${wrong}", but events\\.json marks ${event.id} .* as ${wrong === 'confirmed' ? 'reported' : 'confirmed'}`,
        ),
      ),
    ]);
  });

  it('refuse a figure answer typed by hand, or one that names a record the data does not hold', () => {
    const { file, meta, index } = withQuiz('figure');
    expect(check(file, meta, (m) => (m.quiz![index]!.answer = 'the summer of that year'))).toEqual([
      `${file}: field "quiz.${index}.answer": must print its figure or date from the data with a placeholder, such as {date:E32} or {reach:whatsapp:2025-07}`,
    ]);
    expect(check(file, meta, (m) => (m.quiz![index]!.answer = '{date:E999}'))).toEqual([
      `${file}: field "quiz.${index}.answer": {date:E999}: no event "E999" in events.json`,
    ]);
  });

  it('refuse a multiple-choice question without its choices, and an answer that is not among them', () => {
    const { file, meta, index } = withQuiz('largest-reach');
    expect(check(file, meta, (m) => delete m.quiz![index]!.choices)).toEqual([
      `${file}: field "quiz.${index}.choices": is missing: a largest-reach question needs it`,
    ]);
    expect(check(file, meta, (m) => (m.quiz![index]!.answer = 'myspace'))).toEqual([
      `${file}: field "quiz.${index}.answer": "myspace" is not one of its choices (${meta.quiz![index]!.choices!.join(', ')})`,
    ]);
  });
});

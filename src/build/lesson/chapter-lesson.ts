import type { ChapterMeta, QuizKind } from '../../data/chapter-schema.ts';
import { eventDateText, findEvent, findReach, reachText, resolvePlaceholders } from '../../data/figure-text.ts';
import { figureSources } from '../../data/figure-sources.ts';
import type { Datasets } from '../../data/load-datasets.ts';
import type { AudienceRecord, TimelineEvent } from '../../data/schemas.ts';
import { formatMonth, stopAfter } from '../../core/format.ts';
import { fill } from '../../core/fill.ts';
import { defaultLocale, type Locale } from '../../core/locale.ts';
import { siteWords } from '../../data/site-words.ts';
import { typedFactMessage, typedFacts } from '../content/typed-facts.ts';

/**
 * A chapter's lesson material, as its front matter gives it (`teacherNotes`, `quiz`) and the data bears it out: every
 * figure and date printed from content/data with its sources, every quiz answer checked against the records that
 * decide it. The content check reports what is wrong (lessonProblems); the lesson pages print what is right
 * (chapterLesson).
 */

/** Text printed from the data, with what it cites. */
export interface SourcedText {
  readonly text: string;
  /** Source ids from sources.json: the first source of each record the text prints, without repeats. */
  readonly sources: readonly string[];
  /** True when a record behind it rests on reports only. */
  readonly reported: boolean;
}

/** One option of a multiple-choice question: an id from the data and its label. */
export interface QuizChoice {
  readonly id: string;
  readonly label: string;
}

/** One exit-quiz question, printed from the data. */
export interface QuizQuestion {
  readonly kind: QuizKind;
  /** The question, its placeholders printed. */
  readonly ask: string;
  /** The options, for a multiple-choice question; none for a `figure` question (a short answer). */
  readonly choices: readonly QuizChoice[];
  /** The right choice's id, for a multiple-choice question. */
  readonly answerId?: string;
  /** The answer as printed: "WhatsApp", "13 August 2025", "Reported only". */
  readonly answer: string;
  /** Why, from the data ("Monthly reach in July 2025: WhatsApp 97.3 million, …"), with its sources. */
  readonly why: SourcedText;
}

/** A discussion question with its model answer or notes. */
export interface TeacherNote {
  readonly question: string;
  readonly note: SourcedText;
}

export interface ChapterLesson {
  /** One per discussion question, or none when the chapter gives no notes. */
  readonly notes: readonly TeacherNote[];
  /** The exit quiz, or none. */
  readonly quiz: readonly QuizQuestion[];
}

/** The labels of the two answers to a `confirmed-or-reported` question, in `locale`'s words (`quiz.status.*`). */
export function statusLabels(locale: Locale = defaultLocale): Record<'confirmed' | 'reported', string> {
  const words = siteWords(locale);
  return { confirmed: words['quiz.status.confirmed'], reported: words['quiz.status.reported'] };
}

type LessonMeta = Pick<ChapterMeta, 'questions' | 'teacherNotes' | 'quiz'>;
type Question = NonNullable<ChapterMeta['quiz']>[number];

/** Thrown with the field it concerns, so a message can say where. */
class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Everything wrong with a chapter's teacher notes and quiz, as `field "quiz.1.answer": …` messages: figures or dates
 * typed by hand, placeholders the data cannot print, and answers the data does not bear out.
 */
export function lessonProblems(meta: LessonMeta, data: Datasets): string[] {
  return attempt(meta, data).problems;
}

/**
 * The chapter's notes and quiz, printed from the data in `locale`'s words (the data as datasetsIn gives it in that
 * language); throws with every problem, naming `file` and the field.
 */
export function chapterLesson(meta: LessonMeta, data: Datasets, file: string, locale: Locale = defaultLocale): ChapterLesson {
  const { lesson, problems } = attempt(meta, data, locale);
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  return lesson;
}

function attempt(meta: LessonMeta, data: Datasets, locale: Locale = defaultLocale): { lesson: ChapterLesson; problems: string[] } {
  const problems: string[] = [];
  const field = (path: string, run: () => void) => {
    try {
      run();
    } catch (error) {
      const at = error instanceof FieldError ? error.field : path;
      problems.push(`field "${at}": ${(error as Error).message}`);
    }
  };
  const notes: TeacherNote[] = [];
  (meta.teacherNotes ?? []).forEach((note, i) =>
    field(`teacherNotes.${i}`, () => notes.push({ question: meta.questions[i] ?? '', note: sourcedText(note, data, locale) })),
  );
  const quiz: QuizQuestion[] = [];
  (meta.quiz ?? []).forEach((question, i) => field(`quiz.${i}`, () => quiz.push(quizQuestion(question, `quiz.${i}`, data, locale))));
  return { lesson: { notes, quiz }, problems };
}

/**
 * Plain text with placeholders, checked for typed facts and printed, with the sources of what it prints; throws when a
 * date or figure is typed by hand or a placeholder names no record.
 */
export function sourcedText(text: string, data: Datasets, locale: Locale = defaultLocale): SourcedText {
  const typed = typedFacts(text, data);
  if (typed.length) throw new Error(typed.map((fact) => typedFactMessage(fact, 'plain text')).join('; '));
  const { sources, reported } = figureSources(text, data);
  return { text: resolvePlaceholders(text, data, locale), sources, reported };
}

function quizQuestion(question: Question, at: string, data: Datasets, locale: Locale): QuizQuestion {
  const inField = <T>(name: string, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      if (error instanceof FieldError) throw error;
      throw new FieldError(`${at}.${name}`, (error as Error).message);
    }
  };
  const ask = inField('ask', () => sourcedText(question.ask, data, locale).text);
  switch (question.kind) {
    case 'figure':
      return inField('answer', () => figureAnswer(question.answer, ask, data, locale));
    case 'largest-reach':
      return largestReach(question, ask, at, data, locale);
    case 'earliest':
      return earliest(question, ask, at, data, locale);
    case 'confirmed-or-reported':
      return confirmedOrReported(question, ask, at, data, locale);
  }
}

function figureAnswer(answer: string, ask: string, data: Datasets, locale: Locale): QuizQuestion {
  const printed = sourcedText(answer, data, locale);
  if (printed.sources.length === 0)
    throw new Error('prints no record with a source ({month:…} and {count:…} cite none); ask for a figure or date from a data file');
  return { kind: 'figure', ask, choices: [], answer: printed.text, why: { ...printed, text: '' } };
}

function largestReach(question: Question, ask: string, at: string, data: Datasets, locale: Locale): QuizQuestion {
  const month = question.month!;
  const platformName = (id: string) => data.platforms.find((p) => p.id === id)?.name ?? id;
  const records = question.choices!.map((id, i) => {
    try {
      return findReach(data, id, month);
    } catch (error) {
      throw new FieldError(`${at}.choices.${i}`, (error as Error).message);
    }
  });
  const ranked = [...records].sort((a, b) => b.reach - a.reach);
  const [top, next] = ranked as [AudienceRecord, AudienceRecord];
  const doubt = ranked
    .slice(1)
    .find((r) => r.reach === top.reach || r.qualifier === 'more-than' || (r.qualifier === 'about' && r.reach >= top.reach * 0.9));
  if (doubt)
    throw new FieldError(
      `${at}.choices`,
      `the data cannot tell which is largest in ${formatMonth(month)}: ${platformName(top.platform)} ${reachText(top)}, ${platformName(doubt.platform)} ${reachText(doubt)}; choose platforms whose figures differ plainly`,
    );
  if (question.answer !== top.platform)
    throw new FieldError(
      `${at}.answer`,
      `says "${question.answer}", but audience.json gives ${platformName(top.platform)} the largest monthly reach in ${formatMonth(month)} (${reachText(top)}, against ${platformName(next.platform)}'s ${reachText(next)}): write "${top.platform}"`,
    );
  const figures = ranked.map((r) => `${platformName(r.platform)} ${reachText(r, locale)}`);
  return {
    kind: 'largest-reach',
    ask,
    choices: records.map((r) => ({ id: r.platform, label: platformName(r.platform) })),
    answerId: top.platform,
    answer: platformName(top.platform),
    why: {
      text: fill(siteWords(locale)['quiz.why.reach'], { month: formatMonth(month, locale), figures: figures.join('; ') }),
      sources: [...new Set(records.map((r) => r.source))],
      reported: records.some((r) => r.reported),
    },
  };
}

function earliest(question: Question, ask: string, at: string, data: Datasets, locale: Locale): QuizQuestion {
  const events = question.choices!.map((id, i) => {
    try {
      return findEvent(data, id);
    } catch (error) {
      throw new FieldError(`${at}.choices.${i}`, (error as Error).message);
    }
  });
  const title = (e: TimelineEvent) => resolvePlaceholders(e.title, data, locale);
  const when = (e: TimelineEvent) => eventDateText(e, {}, locale);
  const ordered = [...events].sort((a, b) => a.date.localeCompare(b.date));
  const [first, second] = ordered as [TimelineEvent, TimelineEvent];
  const order = ordered.map((e) => `${title(e)}: ${when(e)}`).join('; ');
  if (second.date.startsWith(first.date) || first.date.startsWith(second.date))
    throw new FieldError(
      `${at}.choices`,
      `the data cannot tell which came first: ${first.id} (${when(first)}) and ${second.id} (${when(second)}); choose events on different days`,
    );
  if (question.answer !== first.id)
    throw new FieldError(
      `${at}.answer`,
      `says "${question.answer}", but events.json dates ${first.id} ("${title(first)}", ${when(first)}) before the other choices: write "${first.id}"`,
    );
  return {
    kind: 'earliest',
    ask,
    choices: events.map((e) => ({ id: e.id, label: title(e) })),
    answerId: first.id,
    answer: title(first),
    why: {
      // "… 13 August 2025." / "… 13 августа 2025 г.": a date that ends in its own full stop takes no other.
      text: `${order}${stopAfter(order)}`,
      sources: [...new Set(ordered.flatMap((e) => e.sources.slice(0, 1)))],
      reported: ordered.some((e) => e.reported),
    },
  };
}

function confirmedOrReported(question: Question, ask: string, at: string, data: Datasets, locale: Locale): QuizQuestion {
  let event: TimelineEvent;
  try {
    event = findEvent(data, question.event!);
  } catch (error) {
    throw new FieldError(`${at}.event`, (error as Error).message);
  }
  const status = event.reported ? 'reported' : 'confirmed';
  const title = resolvePlaceholders(event.title, data, locale);
  const words = siteWords(locale);
  const labels = statusLabels(locale);
  if (question.answer !== status)
    throw new FieldError(
      `${at}.answer`,
      `says "${question.answer}", but events.json marks ${event.id} ("${title}") as ${status}${event.reported ? ' (reported: true)' : ' (reported: false)'}: write "${status}"`,
    );
  const detail = event.reportedDetail
    ? ` ${fill(words['quiz.why.reportedPart'], { detail: resolvePlaceholders(event.reportedDetail, data, locale) })}`
    : '';
  return {
    kind: 'confirmed-or-reported',
    ask,
    choices: (['confirmed', 'reported'] as const).map((id) => ({ id, label: labels[id] })),
    answerId: status,
    answer: labels[status],
    why: {
      text: fill(words[event.reported ? 'quiz.why.reported' : 'quiz.why.confirmed'], {
        title,
        date: eventDateText(event, {}, locale),
        detail,
      }),
      sources: event.sources.slice(0, 1),
      reported: event.reported,
    },
  };
}

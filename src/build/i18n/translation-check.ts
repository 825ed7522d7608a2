import type { Root } from 'mdast';
import type { MdxJsxAttributeValueExpression, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { ContentError } from '../../data/content-error.ts';
import { russianTypography } from './russian-typography.ts';

/** The folder of each edition's chapters, relative to the project root: the same file names in each. */
export const chapterFolders = { en: join('content', 'chapters', 'en'), ru: join('content', 'chapters', 'ru') } as const;

/**
 * What a translation must keep of its English chapter, read from its MDX: the steps in order (id, chart, state), and
 * as sorted lists, since a translated sentence may put them in another order, its citations, its figures (the figure
 * components with their attributes, and the `{kind:…}` placeholders of the front matter and the steps' alt texts) and
 * its quotes; and from the front matter, the quiz without its wording and how many objectives, questions and notes.
 */
export interface ChapterSkeleton {
  readonly steps: readonly string[];
  readonly citations: readonly string[];
  readonly figures: readonly string[];
  readonly quotes: readonly string[];
  readonly frontMatter: string;
}

/** The components that print a figure, a date or a count from the data; their attributes must match in a translation. */
const figureComponents = new Set(['EventDate', 'Reach', 'Population', 'Claim', 'Count', 'Share', 'ChapterDates']);
const placeholders = (text: string) => text.match(/\{[a-z]+:[^{}\s]+\}/g) ?? [];

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** An element's attributes as written, spaces squeezed out of expressions, sorted by name: `id="E32" year={false}`. */
function attributesOf(node: Jsx, skip: readonly string[] = []): string {
  return node.attributes
    .flatMap((attr) => {
      if (attr.type !== 'mdxJsxAttribute' || skip.includes(attr.name)) return [];
      const value = attr.value;
      if (value === null || value === undefined) return [attr.name];
      if (typeof value === 'string') return [`${attr.name}=${JSON.stringify(value)}`];
      return [`${attr.name}={${(value as MdxJsxAttributeValueExpression).value.replace(/\s+/g, '')}}`];
    })
    .sort()
    .join(' ');
}

const attr = (node: Jsx, name: string) => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return found && typeof found.value === 'string' ? found.value : undefined;
};

/** The skeleton of one chapter file's text; throws with the parser's message when its MDX or YAML does not parse. */
export function chapterSkeleton(text: string): ChapterSkeleton {
  const head = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  const front = (head ? parseYaml(head[1]!) : {}) as Record<string, unknown>;
  const body = head ? text.slice(head[0].length) : text;
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as Root;
  const steps: string[] = [];
  const citations: string[] = [];
  const figures: string[] = [];
  const quotes: string[] = [];
  const visitJsx = (node: Jsx, parent: unknown) => {
    if (node.name === 'Step') {
      const chart = parent && (parent as Jsx).name === 'Scrolly' ? attr(parent as Jsx, 'chart') : undefined;
      steps.push(`${chart ?? '?'} ${attributesOf(node, ['alt'])}`);
      figures.push(...placeholders(attr(node, 'alt') ?? ''));
    } else if (node.name === 'Cite') citations.push(...(attr(node, 'id') ?? '').split(/\s+/).filter(Boolean));
    else if (node.name === 'Quote') quotes.push(attr(node, 'id') ?? '');
    else if (node.name && figureComponents.has(node.name)) figures.push(`<${node.name} ${attributesOf(node)}>`);
  };
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement, _i, parent) => visitJsx(node, parent));
  visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement, _i, parent) => visitJsx(node, parent));
  const { translation: _translation, title: _title, summary, objectives, questions, teacherNotes, quiz, ...rest } = front;
  const texts = [summary, objectives, questions, teacherNotes, quiz].flatMap((value) => JSON.stringify(value ?? null));
  figures.push(...texts.flatMap(placeholders));
  const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  // A quiz keeps its kinds, choices and events, and its answers: an id as is, a figure's as its placeholders, without
  // the words around them ("{population:millions}, on {population:date}" is "…, на …" in Russian).
  const answerOf = (answer: unknown) => (typeof answer === 'string' && placeholders(answer).length ? placeholders(answer) : answer);
  const quizShape = Array.isArray(quiz)
    ? quiz.map(({ ask: _ask, answer, ...kept }: Record<string, unknown>) => ({ ...kept, answer: answerOf(answer) }))
    : [];
  const frontMatter = JSON.stringify({
    objectives: count(objectives),
    questions: count(questions),
    teacherNotes: count(teacherNotes),
    quiz: quizShape,
    ...rest,
  });
  return { steps, citations: citations.sort(), figures: figures.sort(), quotes: quotes.sort(), frontMatter };
}

/**
 * Where a Russian chapter's words break Russian typography (russian-typography.ts): each paragraph and heading of its
 * prose (with what its components print left out), each step's alt text and each text of its front matter, as the
 * reader will meet them. Each finding names the line, or the field, and quotes the text around the mistake.
 */
export function chapterTypography(text: string, file: string): ContentError[] {
  const head = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  const front = (head ? parseYaml(head[1]!) : {}) as Record<string, unknown>;
  const body = head ? '\n'.repeat(head[0].split('\n').length - 1) + text.slice(head[0].length) : text;
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as Root;
  const errors: ContentError[] = [];
  const lint = (words: string, where: string, line?: number) => {
    for (const { rule, at } of russianTypography(words)) {
      errors.push(new ContentError(file, `${where}: Russian typography: ${rule}: “${at}”`, line ? { line, column: 1 } : undefined));
    }
  };
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading') lint(toString(node), 'text', node.position?.start.line);
    if (node.type === 'mdxJsxFlowElement' && (node as MdxJsxFlowElement).name === 'Step') {
      lint(attr(node as MdxJsxFlowElement, 'alt') ?? '', `step "${attr(node as MdxJsxFlowElement, 'id')}": alt`, node.position?.start.line);
    }
  });
  const fields = ['title', 'summary', 'objectives', 'questions', 'teacherNotes'] as const;
  for (const field of fields)
    [front[field]]
      .flat()
      .forEach((value, i) => typeof value === 'string' && lint(value, `field "${field}${Array.isArray(front[field]) ? `.${i}` : ''}"`));
  if (Array.isArray(front.quiz))
    front.quiz.forEach((q: { ask?: unknown }, i) => typeof q.ask === 'string' && lint(q.ask, `field "quiz.${i}.ask"`));
  return errors;
}

/** The sha256 of a file's bytes, as `sha256sum` prints it. */
export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** One line of the table: a chapter file and how its translation stands. */
export interface TranslationRow {
  readonly name: string;
  readonly steps: readonly [en: number | undefined, ru: number | undefined];
  readonly status: 'up to date' | 'stale' | 'missing' | 'extra' | 'differs' | 'unreadable';
}

/** What differs between two sorted lists, as "missing a, b; extra c". */
function listDiff(en: readonly string[], ru: readonly string[]): string {
  const left = [...ru];
  const missing: string[] = [];
  for (const item of en) {
    const at = left.indexOf(item);
    if (at < 0) missing.push(item);
    else left.splice(at, 1);
  }
  return [missing.length ? `missing ${missing.join(', ')}` : '', left.length ? `extra ${left.join(', ')}` : ''].filter(Boolean).join('; ');
}

/**
 * Compares the Russian edition's chapters with the English ones (issue 25): each English chapter has a Russian twin of
 * the same file name and no Russian file is without one; each twin records the sha256 of the English file it was
 * translated from (`translation: { from, sha256 }`, the first key of its front matter), so that a change to the English
 * makes it stale; and each keeps its English chapter's skeleton (chapterSkeleton). Returns every mistake, in the
 * content check's form, and a row per chapter for the table the build prints.
 */
export async function checkTranslations(root: string): Promise<{ errors: ContentError[]; rows: TranslationRow[] }> {
  const names = async (folder: string) =>
    existsSync(join(root, folder)) ? (await readdir(join(root, folder))).filter((n) => n.endsWith('.mdx')).sort() : [];
  const [en, ru] = [await names(chapterFolders.en), await names(chapterFolders.ru)];
  const errors: ContentError[] = [];
  const rows: TranslationRow[] = [];
  for (const name of [...new Set([...en, ...ru])].sort()) {
    const enFile = join(chapterFolders.en, name);
    const ruFile = join(chapterFolders.ru, name);
    if (!ru.includes(name)) {
      errors.push(new ContentError(ruFile, `is missing: every chapter needs its Russian twin, translated from ${enFile}`));
      rows.push({ name, steps: [undefined, undefined], status: 'missing' });
      continue;
    }
    if (!en.includes(name)) {
      errors.push(new ContentError(ruFile, `has no English chapter ${enFile}: a Russian chapter keeps its English file name`));
      rows.push({ name, steps: [undefined, undefined], status: 'extra' });
      continue;
    }
    const [enText, ruText] = [await readFile(join(root, enFile)), await readFile(join(root, ruFile), 'utf8')];
    let source: ChapterSkeleton;
    let twin: ChapterSkeleton;
    let recorded: { from?: unknown; sha256?: unknown } | undefined;
    try {
      source = chapterSkeleton(enText.toString('utf8'));
      twin = chapterSkeleton(ruText);
      const head = /^---\r?\n([\s\S]*?)\r?\n---/.exec(ruText);
      recorded = (head ? (parseYaml(head[1]!) as { translation?: typeof recorded }) : {}).translation;
    } catch (error) {
      // The English file's own mistakes are the content check's to report; the twin's are reported here.
      errors.push(new ContentError(ruFile, `cannot be compared with ${enFile}: ${(error as Error).message.split('\n')[0]}`));
      rows.push({ name, steps: [undefined, undefined], status: 'unreadable' });
      continue;
    }
    const problems: string[] = [];
    const compare = (what: string, a: readonly string[], b: readonly string[]) => {
      const diff = listDiff(a, b);
      if (diff) problems.push(`${what} differ from ${enFile}: ${diff}`);
    };
    if (source.steps.join('\n') !== twin.steps.join('\n')) {
      const at = source.steps.findIndex((step, i) => twin.steps[i] !== step);
      problems.push(
        `step ${at + 1} differs from ${enFile} (steps keep their order, id, chart and state): English ${source.steps[at] ?? '(none)'}, Russian ${twin.steps[at] ?? '(none)'}`,
      );
    }
    compare('citations', source.citations, twin.citations);
    compare('figures', source.figures, twin.figures);
    compare('quotes', source.quotes, twin.quotes);
    if (source.frontMatter !== twin.frontMatter) {
      problems.push(
        `front matter differs from ${enFile} beyond its words (the quiz's answers, how many objectives, questions and notes, other fields): English ${source.frontMatter}, Russian ${twin.frontMatter}`,
      );
    }
    for (const problem of problems) errors.push(new ContentError(ruFile, problem));
    const typography = chapterTypography(ruText, ruFile);
    errors.push(...typography);
    if (typography.length) problems.push('typography');
    const hash = sha256(enText);
    let stale = false;
    if (recorded?.from !== name || typeof recorded.sha256 !== 'string') {
      errors.push(
        new ContentError(ruFile, `front matter needs translation: { from: ${name}, sha256: <sha256 of ${enFile}> } as its first field`),
      );
      stale = true;
    } else if (recorded.sha256 !== hash) {
      errors.push(
        new ContentError(
          ruFile,
          `is stale: ${enFile} has changed since it was translated (sha256 ${recorded.sha256.slice(0, 12)}…, now ${hash.slice(0, 12)}…); translate the change, then set translation.sha256 to ${hash}`,
        ),
      );
      stale = true;
    }
    rows.push({
      name,
      steps: [source.steps.length, twin.steps.length],
      status: problems.length ? 'differs' : stale ? 'stale' : 'up to date',
    });
  }
  return { errors, rows };
}

/** The table the build prints: a row per chapter, with its steps in each language and how its translation stands. */
export function translationTable(rows: readonly TranslationRow[]): string {
  const lines = [
    ['chapter', 'steps en', 'steps ru', 'Russian'],
    ...rows.map((r) => [r.name, String(r.steps[0] ?? '–'), String(r.steps[1] ?? '–'), r.status]),
  ];
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((line) => line[c]!.length)));
  return lines
    .map((line) =>
      line
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

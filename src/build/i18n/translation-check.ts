import type { Root, Text } from 'mdast';
import type { MdxJsxAttributeValueExpression, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import type { Node, Parent } from 'unist';
import { ContentError } from '../../data/content-error.ts';
import { parseChapterBody, splitChapter } from '../content/chapter-text.ts';
import { placeholder } from '../../data/figure-text.ts';
import { russianTextProblems } from './russian-words-problems.ts';
import { latinNamesFile, latinNamesSchema } from './untranslated-english.ts';
import { chartWordsErrors } from './chart-words-check.ts';
import { pageTwinErrors } from './page-twins.ts';
import { siteWordsErrors } from './site-words-check.ts';
import { charts } from '../../charts/registry.ts';
import { readJsonFile } from '../content/read-json-file.ts';
import { namesFiles, namesSchema } from '../../data/names-in.ts';
import { datasetsIn } from '../../data/datasets-in.ts';
import { termMatcher } from '../../data/glossary-match.ts';
import type { Datasets } from '../../data/load-datasets.ts';
import { termFormsFiles, termFormsSchema, termPhrasesProblems } from '../../data/term-forms.ts';
import { linkGlossary } from '../mdx/link-glossary.ts';

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
  /** Steps with no alt text, and front-matter texts left empty, by name: a twin must have every one the English has. */
  readonly missingWords: readonly string[];
}

/** The components that print a figure, a date or a count from the data; their attributes must match in a translation. */
const figureComponents = new Set(['EventDate', 'Reach', 'Population', 'Claim', 'Count', 'Share', 'ChapterDates']);
/** The placeholders of a text, as the site finds them (figure-text.ts): `{date:E32}`, `{population}`. */
const placeholders = (text: string) => [...text.matchAll(placeholder)].map(([found]) => found);

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

/** A chapter file read once for both checks: its front matter as data, and its body as MDX. */
interface ParsedChapter {
  readonly front: Record<string, unknown>;
  readonly tree: Root;
}

/** Parses a chapter file (chapter-text.ts); throws with the parser's message when its MDX or YAML does not parse. */
function parseChapter(text: string): ParsedChapter {
  const { frontmatter, body } = splitChapter(text);
  const parsed: unknown = frontmatter === undefined ? {} : parseYaml(frontmatter);
  return { front: parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}, tree: parseChapterBody(body) };
}

/** JSON with every object's keys sorted, so that two values compare equal whatever order their keys were written in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

/**
 * The skeleton of one parsed chapter file. Each
 * citation, figure and quote is named with its place (a step's id, "prose" or "front matter"), so that one moved from a
 * step to another, or out of a step, is a difference; within a place they are sorted, since a translated sentence may
 * put them in another order. A step is named with its story's number and chart, so that stories merged or split differ.
 */
function chapterSkeleton({ front, tree }: ParsedChapter): ChapterSkeleton {
  const steps: string[] = [];
  const citations: string[] = [];
  const figures: string[] = [];
  const quotes: string[] = [];
  const missingWords: string[] = [];
  let stories = 0;
  const walk = (node: Node, place: string, story: string) => {
    const jsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? (node as Jsx) : undefined;
    if (jsx?.name === 'Scrolly') story = `story ${++stories} (${attr(jsx, 'chart') ?? '?'})`;
    else if (jsx?.name === 'Step') {
      place = `step ${attr(jsx, 'id') ?? '?'}`;
      steps.push(`${story} ${attributesOf(jsx, ['alt'])}`);
      const alt = attr(jsx, 'alt') ?? '';
      if (alt.trim() === '') missingWords.push(`${place}: alt`);
      figures.push(...placeholders(alt).map((found) => `${place}: ${found}`));
    } else if (jsx?.name === 'Cite')
      citations.push(
        ...(attr(jsx, 'id') ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => `${place}: ${id}`),
      );
    else if (jsx?.name === 'Quote') quotes.push(`${place}: ${attr(jsx, 'id') ?? ''}`);
    else if (jsx?.name && figureComponents.has(jsx.name)) figures.push(`${place}: <${jsx.name} ${attributesOf(jsx)}>`);
    for (const child of (node as Parent).children ?? []) walk(child, place, story);
  };
  walk(tree, 'prose', 'outside a story');
  const { translation: _translation, title, summary, objectives, questions, teacherNotes, quiz, ...rest } = front;
  for (const [name, value] of Object.entries({ title, summary }))
    if (typeof value !== 'string' || value.trim() === '') missingWords.push(name);
  const texts = [summary, objectives, questions, teacherNotes, quiz].map((value) => JSON.stringify(value ?? null));
  figures.push(...texts.flatMap(placeholders).map((found) => `front matter: ${found}`));
  const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  // A quiz keeps its kinds, choices and events, and its answers: an id as is, a figure's as its placeholders, without
  // the words around them ("{population:millions}, on {population:date}" is "…, на …" in Russian).
  const answerOf = (answer: unknown) => (typeof answer === 'string' && placeholders(answer).length ? placeholders(answer).sort() : answer);
  const quizShape = Array.isArray(quiz)
    ? quiz.map(({ ask: _ask, answer, ...kept }: Record<string, unknown>) => ({ ...kept, answer: answerOf(answer) }))
    : [];
  const frontMatter = canonical({
    objectives: count(objectives),
    questions: count(questions),
    teacherNotes: count(teacherNotes),
    quiz: quizShape,
    ...rest,
  });
  return { steps, citations: citations.sort(), figures: figures.sort(), quotes: quotes.sort(), frontMatter, missingWords };
}

/** The words a reader sees of a paragraph or heading: its text, without code or MDX expressions (comments among them). */
const wordsOf = (node: Node): string =>
  node.type === 'text'
    ? (node as Text).value
    : ['inlineCode', 'mdxTextExpression', 'mdxFlowExpression'].includes(node.type)
      ? ''
      : ((node as Parent).children ?? []).map(wordsOf).join('');

/**
 * Where a Russian chapter's words break Russian typography (russian-typography.ts), and where they keep English that
 * is no listed name (untranslated-english.ts): each paragraph and heading of its prose (with what its components print
 * left out), each step's alt text (its placeholders left out) and each text of its front matter, as the reader will
 * meet them. Each finding names the line, or the field, and quotes the text around the mistake.
 */
function chapterWords({ front, tree }: ParsedChapter, file: string, names: readonly string[] | undefined): ContentError[] {
  const errors: ContentError[] = [];
  const lint = (words: string, where: string, line?: number) => {
    const at = line ? { line, column: 1 } : undefined;
    for (const problem of russianTextProblems(words, names, { english: words.replace(placeholder, '') }))
      errors.push(new ContentError(file, `${where}: ${problem}`, at));
  };
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      lint(wordsOf(node), `the ${node.type} that starts on this line`, node.position?.start.line);
    }
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
    front.quiz.forEach((q: { ask?: unknown; answer?: unknown }, i) => {
      if (typeof q.ask === 'string') lint(q.ask, `field "quiz.${i}.ask"`);
      // An answer with placeholders is words around figures ("{population:millions}, на {population:date}"); any
      // other answer is an id.
      if (typeof q.answer === 'string' && placeholders(q.answer).length > 0) lint(q.answer, `field "quiz.${i}.answer"`);
    });
  return errors;
}

/**
 * The sha256 of a chapter's text with LF line endings, as `sha256sum` prints it for the file in the repository: a
 * checkout that turns line endings into CRLF changes no hash.
 */
export const sha256 = (text: Buffer | string) => createHash('sha256').update(text.toString().replace(/\r\n/g, '\n')).digest('hex');

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
 * makes it stale; and each keeps its English chapter's skeleton (chapterSkeleton). The charts' and the site's Russian
 * words are held to the same typography and Latin names as the chapters (chart-words-check.ts, site-words-check.ts),
 * and the edition's spelling of names (ru-names.json) to its typography. Given the data, each twin must link the
 * glossary terms its English chapter links, through the Russian forms of the terms (termLinkers). Returns every mistake, in the content check's
 * form, and a row per chapter for the table the build prints.
 */
export async function checkTranslations(root: string, datasets?: Datasets): Promise<{ errors: ContentError[]; rows: TranslationRow[] }> {
  const names = async (folder: string) =>
    existsSync(join(root, folder)) ? (await readdir(join(root, folder))).filter((n) => n.endsWith('.mdx')).sort() : [];
  const [en, ru] = [await names(chapterFolders.en), await names(chapterFolders.ru)];
  const errors: ContentError[] = [];
  const rows: TranslationRow[] = [];
  const latin = await latinNames(root, errors);
  if (latin) errors.push(...chartWordsErrors(charts, latin), ...(await siteWordsErrors(root, latin)));
  errors.push(...(await namesErrors(root)));
  // The glossary's Russian terms and forms, once the words they come from are right: then each twin links the terms
  // its English chapter links.
  const linkTerms = datasets && errors.length === 0 ? await termLinkers(root, datasets, errors) : undefined;
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
    let russian: ParsedChapter;
    try {
      source = chapterSkeleton(parseChapter(enText.toString('utf8')));
      russian = parseChapter(ruText);
    } catch (error) {
      // The English file's own mistakes are the content check's to report; the twin's are reported here.
      errors.push(new ContentError(ruFile, `cannot be compared with ${enFile}: ${(error as Error).message.split('\n')[0]}`));
      rows.push({ name, steps: [undefined, undefined], status: 'unreadable' });
      continue;
    }
    const twin = chapterSkeleton(russian);
    const recorded = russian.front.translation as { from?: unknown; sha256?: unknown } | undefined;
    const hash = sha256(enText);
    const problems: string[] = [];
    const compare = (what: string, a: readonly string[], b: readonly string[]) => {
      const diff = listDiff(a, b);
      if (diff) problems.push(`${what} differ from ${enFile}: ${diff}`);
    };
    if (source.steps.join('\n') !== twin.steps.join('\n')) {
      const first = source.steps.findIndex((step, i) => twin.steps[i] !== step);
      const at = first < 0 ? source.steps.length : first;
      problems.push(
        `step ${at + 1} differs from ${enFile} (steps keep their order, id, chart and state): English ${source.steps[at] ?? '(none)'}, Russian ${twin.steps[at] ?? '(none)'}`,
      );
    }
    compare('citations', source.citations, twin.citations);
    compare('figures', source.figures, twin.figures);
    compare('quotes', source.quotes, twin.quotes);
    if (linkTerms) {
      // Each on a tree of its own: the links it adds must not change the words checked below.
      const [linkedEn, linkedRu] = [linkTerms.en(parseChapter(enText.toString('utf8')).tree), linkTerms.ru(structuredClone(russian.tree))];
      const diff = listDiff(linkedEn, linkedRu);
      if (diff)
        problems.push(
          `glossary terms differ from ${enFile}: ${diff} (a term missing here is written in a form that ${termFormsFiles.ru} does not list yet; an extra one, in a form that the English does not use)`,
        );
    }
    for (const empty of twin.missingWords.filter((item) => !source.missingWords.includes(item))) {
      problems.push(`${empty} is missing or empty, where ${enFile} has it`);
    }
    if (source.frontMatter !== twin.frontMatter) {
      problems.push(
        `front matter differs from ${enFile} beyond its words (the quiz's answers, how many objectives, questions and notes, other fields): English ${source.frontMatter}, Russian ${twin.frontMatter}`,
      );
    }
    for (const problem of problems) errors.push(new ContentError(ruFile, problem));
    const words = chapterWords(russian, ruFile, latin);
    errors.push(...words);
    if (words.length) problems.push('words');
    let stale = false;
    if (typeof recorded?.sha256 !== 'string' || recorded.from === undefined) {
      errors.push(
        new ContentError(
          ruFile,
          `front matter needs translation: { from: ${name}, sha256: ${hash} }, which records the English file it was translated from`,
        ),
      );
      stale = true;
    } else if (recorded.from !== name) {
      errors.push(
        new ContentError(
          ruFile,
          `records translation.from: ${String(recorded.from)}, but its English chapter is ${enFile}: set it to ${name}, and check the translation against that file`,
        ),
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
  for (const page of translatedPages) errors.push(...(await pageTranslationErrors(root, page, rows)));
  errors.push(...(await pageTwinErrors(root)));
  return { errors, rows };
}

/**
 * The pages whose Russian twin is a translated copy of the English page's own file, prose and all, rather than one
 * layout with its words in the catalogues: each records, in its doc comment, the sha256 of the English file it was
 * translated from ("Translated from src/pages/about.astro, sha256 …"), so that a change to the English makes it stale.
 */
export const translatedPages: readonly { readonly en: string; readonly ru: string }[] = [
  { en: 'src/pages/about.astro', ru: 'src/pages/ru/about.astro' },
  { en: 'src/pages/educators.astro', ru: 'src/pages/ru/educators.astro' },
  { en: 'src/pages/educators/lesson.astro', ru: 'src/pages/ru/educators/lesson.astro' },
];

/** What is wrong with one translated page: no record of its English file, or a record that is out of date. */
async function pageTranslationErrors(
  root: string,
  page: (typeof translatedPages)[number],
  rows: TranslationRow[],
): Promise<ContentError[]> {
  if (!existsSync(join(root, page.en))) return [];
  const hash = sha256(await readFile(join(root, page.en)));
  const name = page.ru.split('/').slice(-2).join('/');
  if (!existsSync(join(root, page.ru))) {
    rows.push({ name, steps: [undefined, undefined], status: 'missing' });
    return [new ContentError(page.ru, `is missing: ${page.en} needs its Russian twin`)];
  }
  const recorded = /Translated from (\S+), sha256 ([0-9a-f]{64})/.exec(await readFile(join(root, page.ru), 'utf8'));
  const stale = !recorded || recorded[1] !== page.en || recorded[2] !== hash;
  rows.push({ name, steps: [undefined, undefined], status: stale ? 'stale' : 'up to date' });
  if (!recorded) return [new ContentError(page.ru, `needs the line "Translated from ${page.en}, sha256 ${hash}" in its doc comment`)];
  if (!stale) return [];
  return [
    new ContentError(
      page.ru,
      `is stale: ${page.en} has changed since it was translated (sha256 ${recorded[2]!.slice(0, 12)}…, now ${hash.slice(0, 12)}…); translate the change, then record "Translated from ${page.en}, sha256 ${hash}"`,
    ),
  ];
}

/**
 * The names that stay in Latin letters (untranslated-english.ts), each once, with a mistake for each of the list's
 * own; undefined when it is missing or not JSON, so that no chapter is checked for English against a list that
 * cannot be read.
 */
async function latinNames(root: string, errors: ContentError[]): Promise<readonly string[] | undefined> {
  const path = join(root, latinNamesFile);
  if (!existsSync(path)) {
    errors.push(new ContentError(latinNamesFile, 'is missing: it lists the names a Russian chapter keeps in Latin letters'));
    return undefined;
  }
  const read = await readJsonFile(root, latinNamesFile, errors);
  if (!read) return undefined;
  const list = read.json;
  const parsed = latinNamesSchema.safeParse(list);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    errors.push(new ContentError(latinNamesFile, `${issue.path.length ? `[${issue.path.join('.')}] ` : ''}${issue.message}`));
  return Array.isArray(list) ? [...new Set(list.filter((name): name is string => typeof name === 'string'))] : undefined;
}

/**
 * The mistakes in each translation's spelling of names (content/i18n/ru-names.json, src/data/names-in.ts): the file
 * must be JSON (a mistake named by line and column) mapping each name as the data spells it to a name in the
 * translation, and every name it spells anew must keep the translation's typography ("«Интерфакс»").
 */
async function namesErrors(root: string): Promise<ContentError[]> {
  const errors: ContentError[] = [];
  for (const file of Object.values(namesFiles)) {
    const read = await readJsonFile(root, file, errors);
    if (!read) continue;
    const raw = read.json;
    const parsed = namesSchema.safeParse(raw);
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        errors.push(new ContentError(file, `${issue.path.length ? `"${issue.path.join('.')}": ` : ''}${issue.message}`));
    const entries = raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.entries(raw) : [];
    for (const [name, spelt] of entries)
      if (typeof spelt === 'string' && spelt.trim())
        for (const problem of new Set(russianTextProblems(spelt, undefined))) errors.push(new ContentError(file, `"${name}": ${problem}`));
  }
  return errors;
}

/**
 * The terms each edition's chapters link to its glossary (link-glossary.ts), as a sorted list for a parsed chapter, and
 * the mistakes in the Russian forms of the terms (content/i18n/ru-term-forms.json, src/data/term-forms.ts): the file
 * must be JSON (a mistake named by line and column), list forms of the glossary's terms only, give each phrase to
 * one term and keep Russian typography. Undefined when the file has a mistake, so that no chapter is compared with
 * forms that cannot be read.
 */
async function termLinkers(
  root: string,
  datasets: Datasets,
  errors: ContentError[],
): Promise<Readonly<Record<'en' | 'ru', (tree: Root) => string[]>> | undefined> {
  const file = termFormsFiles.ru;
  const found: ContentError[] = [];
  const read = await readJsonFile(root, file, found);
  if (read) {
    const parsed = termFormsSchema.safeParse(read.json);
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        found.push(new ContentError(file, `${issue.path.length ? `"${issue.path.join('.')}": ` : ''}${issue.message}`));
    else {
      const terms = datasetsIn(datasets, 'ru', root).glossary;
      for (const problem of termPhrasesProblems(terms, parsed.data)) found.push(new ContentError(file, problem));
      for (const [id, forms] of Object.entries(parsed.data))
        for (const form of forms)
          for (const problem of new Set(russianTextProblems(form, undefined))) found.push(new ContentError(file, `${id}: ${problem}`));
    }
  }
  errors.push(...found);
  if (found.length > 0) return undefined;
  const linker = (terms: Datasets['glossary']) => {
    const match = termMatcher(terms);
    return (tree: Root) => linkGlossary(tree, match, () => '').sort();
  };
  return { en: linker(datasets.glossary), ru: linker(datasetsIn(datasets, 'ru', root).glossary) };
}

/** The table the build prints: a row per chapter, with its steps in each language and how its translation stands. */
export function translationTable(rows: readonly TranslationRow[]): string {
  const lines = [
    ['file', 'steps en', 'steps ru', 'Russian'],
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

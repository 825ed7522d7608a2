import type { Locale } from '../../core/locale.ts';
import JSON5 from 'json5';
import type { Root } from 'mdast';
import type {
  MdxJsxAttribute,
  MdxJsxAttributeValueExpression,
  MdxJsxExpressionAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { ContentError } from '../../data/content-error.ts';
import type { Datasets } from '../../data/load-datasets.ts';
import { dataTableAnchor } from '../../core/anchors.ts';
import { StepError, chartNamed } from './check-step.ts';
import { checkedStory } from './checked-story.ts';

/** One `<Scrolly>` block of a chapter: its chart, the id of its data table, and its steps' ids in order. */
export interface StoryBlock {
  readonly chart: string;
  /**
   * The id of the story's data table on the chapter's data page, which the link under its graphic also carries,
   * unique on each: `data-<chart>`, then `data-<chart>-2` for a second one.
   */
  readonly table: string;
  readonly steps: readonly string[];
}

/** What the chapter build learns about a chapter, published as `remarkPluginFrontmatter.story` for the site's pages. */
export interface StoryOutline {
  /**
   * Every step, in order: its id, its chart, the first words of its text (for the educators' link list), and its alt
   * and state as the author wrote them (for the educators' kit: embeds and downloads redraw the step).
   */
  readonly steps: readonly {
    readonly id: string;
    readonly chart: string;
    readonly firstWords: string;
    readonly alt: string;
    readonly state: unknown;
  }[];
  /** Every `<Scrolly>` block, in order; a chapter may hold several, with prose between them. */
  readonly stories: readonly StoryBlock[];
  /** The source ids cited in the prose with `<Cite>`, each once, in order of first citation. */
  readonly citations: readonly string[];
  /** Every `<Cite>` in the prose, in order, as the source ids it names: one cited statement each. */
  readonly cited: readonly (readonly string[])[];
  /** The charts the chapter uses, each once. */
  readonly charts: readonly string[];
  /** How many words a reader reads, for the reading time. */
  readonly words: number;
}

/** What `inspectChapter` needs besides the tree. */
export interface ChapterContext {
  /** The chapter file as shown in messages, relative to the project root. */
  readonly file: string;
  /** The chapter's slug, which Cite and the data tables use to link the sources page. */
  readonly chapter: string;
  /** The validated data; undefined when the data itself has errors, and then only the chapter's shape is checked. */
  readonly datasets: Datasets | undefined;
  /** Which file claimed each step id, shared across every chapter of a build, so a reused id names both files. */
  readonly owners: Map<string, string>;
  /** The chapter's language: its steps' frames are drawn in it. English unless given. */
  readonly locale?: Locale;
}

/**
 * Checks one chapter's `<Scrolly>`, `<Step>` and `<Cite>` elements against the charts and the data, and collects every
 * mistake (unknown chart, bad or undrawable state, missing alt, bad or reused step id, unknown source), each with
 * the file, the line and column, and the step or source. Steps are checked by the memoised pass (checked-story.ts),
 * which the pages and the kit then read. It hands each Scrolly its steps' ids, alts and states and its data table's
 * id, and each Cite its chapter, and returns the chapter's outline.
 */
export function inspectChapter(tree: Root, context: ChapterContext): { outline: StoryOutline; errors: ContentError[] } {
  const { file, chapter, datasets, owners, locale = 'en' } = context;
  const errors: ContentError[] = [];
  const report = (node: Node | undefined, detail: string) => {
    const start = node?.position?.start;
    errors.push(new ContentError(file, detail, start ? { line: start.line, column: start.column } : undefined));
  };
  const local = new Set<string>();
  for (const [id, owner] of owners) if (owner === file) owners.delete(id);
  const sourceIds = new Set(datasets?.sources.map((s) => s.id));
  const steps: StoryOutline['steps'][number][] = [];
  const stories: StoryBlock[] = [];
  const citations: string[] = [];
  const cited: string[][] = [];

  visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement) => {
    if (node.name !== 'Cite') return;
    const ids = (stringAttr(node, 'id', (m) => report(node, m)) ?? '').split(/\s+/).filter(Boolean);
    if (ids.length === 0) report(node, '<Cite> needs id="source-id" (one or more ids from sources.json, separated by spaces)');
    for (const id of ids) {
      if (datasets && !sourceIds.has(id)) report(node, `<Cite id="${id}">: source "${id}" does not exist in sources.json`);
    }
    if (ids.length) cited.push(ids);
    const first = ids.filter((id) => !citations.includes(id));
    citations.push(...first);
    node.attributes.push(attribute('chapter', chapter), attribute('anchors', first.join(' ')));
  });

  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement, _index, parent) => {
    const fail = (message: string) => report(node, message);
    if (node.name === 'Step' && (parent as MdxJsxFlowElement | undefined)?.name !== 'Scrolly') {
      fail(`a <Step> must sit directly inside a <Scrolly chart="…"> (step ${JSON.stringify(stringAttr(node, 'id', fail))})`);
    }
    if (node.name !== 'Scrolly') return;
    const chartName = stringAttr(node, 'chart', fail);
    try {
      chartNamed(chartName);
    } catch (error) {
      fail(`<Scrolly>: ${(error as Error).message}`);
      return;
    }
    const chart = chartName as string;
    const children = node.children.filter((c): c is MdxJsxFlowElement => c.type === 'mdxJsxFlowElement' && c.name === 'Step');
    if (children.length === 0) fail(`<Scrolly chart="${chart}"> has no <Step> inside it`);
    // Each step's attribute problems wait for its check's, so that a step's problems are reported together, in order.
    const pending = children.map(() => [] as string[]);
    const specs = children.map((step, i) => {
      const later = (message: string) => pending[i]!.push(message);
      return { id: stringAttr(step, 'id', later), alt: stringAttr(step, 'alt', later), state: literalAttr(step, 'state', later) };
    });
    const outcomes = datasets ? checkedStory(chart, specs, datasets, locale).outcomes : [];
    children.forEach((step, i) => {
      const stepFail = (message: string) => report(step, message);
      const spec = specs[i]!;
      pending[i]!.forEach(stepFail);
      const outcome = outcomes[i];
      if (outcome instanceof StepError) outcome.problems.forEach(stepFail);
      if (typeof spec.id === 'string') {
        const id = spec.id;
        const owner = owners.get(id);
        if (local.has(id)) stepFail(`step "${id}": id is used twice in this file; step ids must be unique across the site`);
        else if (owner && owner !== file) stepFail(`step "${id}": id is already used in ${owner}; step ids must be unique across the site`);
        local.add(id);
        owners.set(id, file);
        steps.push({
          id,
          chart,
          firstWords: firstWords(toString(step)),
          alt: typeof spec.alt === 'string' ? spec.alt : '',
          state: spec.state,
        });
      }
    });
    const sameChart = stories.filter((s) => s.chart === chart).length;
    const table = sameChart === 0 ? dataTableAnchor(chart) : `${dataTableAnchor(chart)}-${sameChart + 1}`;
    stories.push({ chart, table, steps: specs.map((s) => s.id).filter((id): id is string => typeof id === 'string') });
    node.attributes.push(
      attribute('steps', JSON.stringify(specs)),
      attribute('file', file),
      attribute('chapter', chapter),
      attribute('table', table),
    );
  });

  const charts = [...new Set(stories.map((s) => s.chart))];
  const words = toString(tree).split(/\s+/).filter(Boolean).length;
  return { outline: { steps, stories, citations, cited, charts, words }, errors };
}

/**
 * The first dozen words of a step, ending with an ellipsis when there are more. Words are split at white space but
 * for no-break spaces, which hold their words together (in "13 августа 2025 г."), as in the step itself.
 */
function firstWords(text: string): string {
  const words = text.split(/[^\S\u00a0\u2007\u202f]+/).filter(Boolean);
  return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : words.join(' ');
}

type Report = (message: string) => void;
type Attr = MdxJsxAttribute | MdxJsxExpressionAttribute;
type JsxNode = MdxJsxFlowElement | MdxJsxTextElement;

function findAttr(node: JsxNode, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find((a: Attr): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
}

/** A plain string attribute (`alt="…"` or `alt={"…"}`); undefined when absent, so the step check can name it. */
function stringAttr(node: JsxNode, name: string, report: Report): string | undefined {
  const value = literalAttr(node, name, report);
  if (value !== undefined && typeof value !== 'string') {
    report(`<${node.name}> ${name} must be text`);
    return undefined;
  }
  return value as string | undefined;
}

/** An attribute whose value is a literal (a string, or `{ … }` written as a JSON5 object); anything computed is refused. */
function literalAttr(node: JsxNode, name: string, report: Report): unknown {
  const attr = findAttr(node, name);
  if (!attr || attr.value === null || attr.value === undefined) return undefined;
  if (typeof attr.value === 'string') return attr.value;
  const source = (attr.value as MdxJsxAttributeValueExpression).value;
  try {
    return JSON5.parse(source);
  } catch {
    const id = findAttr(node, 'id')?.value;
    report(`${typeof id === 'string' ? `step "${id}": ` : ''}${name} must be a literal such as {{ key: "value" }}, not ${source.trim()}`);
    return undefined;
  }
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

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
import { basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { visit } from 'unist-util-visit';
import { ContentError } from '../data/content-error.ts';
import { loadDatasets } from '../data/load-datasets.ts';
import { chapterSlug } from '../data/chapter-slug.ts';
import { checkStep, chartNamed } from './check-step.ts';
import { expandFigures } from './expand-figures.ts';

/** Which file first claimed each step id, across the whole site, so a reused id names both files. */
const owners = new Map<string, string>();

/** What the plugin learns about a chapter, published as `remarkPluginFrontmatter.story` for the site's pages. */
export interface StoryOutline {
  /** Every step, in order: its id, its chart, and the first words of its text (for the educators' link list). */
  readonly steps: readonly { readonly id: string; readonly chart: string; readonly firstWords: string }[];
  /** The source ids cited in the prose with `<Cite>`, each once, in order of first citation. */
  readonly citations: readonly string[];
  /** The charts the chapter uses, each once. */
  readonly charts: readonly string[];
  /** How many words a reader reads, for the reading time. */
  readonly words: number;
}

/** A chapter file as the plugin sees it: where it is, and where Astro collects front matter from plugins. */
interface ChapterFile {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/**
 * A remark plugin for chapters: finds every `<Scrolly chart>` and its `<Step>`s, checks them against the chart and
 * the data (unknown chart, bad state, missing alt, id not kebab-case, id reused anywhere on the site) and every
 * `<Cite id>` against the sources, and stops the build with the chapter file and step or source id in the message.
 * It then hands each Scrolly its steps' ids, alts and states, each Step its chart and each Cite its chapter, and
 * publishes an outline of the chapter (steps, citations, words) for the pages that list them.
 */
export function remarkScrolly(options: { root: URL }) {
  const rootPath = fileURLToPath(options.root);
  return async (tree: Root, file: ChapterFile) => {
    const shown = file.path ? relative(rootPath, file.path) : '(unnamed MDX)';
    const fail = (message: string): never => {
      throw new ContentError(shown, message);
    };
    const datasets = await loadDatasets(options.root);
    expandFigures(tree, datasets, fail);
    const local = new Set<string>();
    for (const [id, owner] of owners) if (owner === shown) owners.delete(id);
    const chapter = chapterSlug(basename(file.path ?? 'unnamed', '.mdx'));
    const sourceIds = new Set(datasets.sources.map((s) => s.id));
    const outline = { steps: [] as { id: string; chart: string; firstWords: string }[], citations: [] as string[], charts: [] as string[] };

    visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement) => {
      if (node.name !== 'Cite') return;
      const ids = (stringAttr(node, 'id', fail) ?? '').split(/\s+/).filter(Boolean);
      if (ids.length === 0) fail('<Cite> needs id="source-id" (one or more ids from sources.json, separated by spaces)');
      for (const id of ids) {
        if (!sourceIds.has(id)) fail(`<Cite id="${id}">: source "${id}" does not exist in sources.json`);
      }
      const first = ids.filter((id) => !outline.citations.includes(id));
      outline.citations.push(...first);
      node.attributes.push(attribute('chapter', chapter), attribute('anchors', first.join(' ')));
    });

    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement, _index, parent) => {
      if (node.name === 'Step' && (parent as MdxJsxFlowElement | undefined)?.name !== 'Scrolly') {
        fail(`a <Step> must sit directly inside a <Scrolly chart="…"> (step ${JSON.stringify(stringAttr(node, 'id', fail))})`);
      }
      if (node.name !== 'Scrolly') return;
      const chartName = stringAttr(node, 'chart', fail);
      try {
        chartNamed(chartName);
      } catch (error) {
        fail(`<Scrolly>: ${(error as Error).message}`);
      }
      const steps = node.children.filter((c): c is MdxJsxFlowElement => c.type === 'mdxJsxFlowElement' && c.name === 'Step');
      if (steps.length === 0) fail(`<Scrolly chart="${chartName}"> has no <Step> inside it`);
      const specs = steps.map((step) => {
        const spec = {
          id: stringAttr(step, 'id', fail),
          alt: stringAttr(step, 'alt', fail),
          state: literalAttr(step, 'state', fail),
        };
        try {
          checkStep(chartName, spec, datasets);
        } catch (error) {
          fail((error as Error).message);
        }
        const id = spec.id as string;
        if (local.has(id)) fail(`step "${id}": id is used twice in this file; step ids must be unique across the site`);
        const owner = owners.get(id);
        if (owner && owner !== shown) fail(`step "${id}": id is already used in ${owner}; step ids must be unique across the site`);
        local.add(id);
        owners.set(id, shown);
        step.attributes.push(attribute('chart', chartName as string));
        outline.steps.push({ id, chart: chartName as string, firstWords: firstWords(toString(step)) });
        return spec;
      });
      if (!outline.charts.includes(chartName as string)) outline.charts.push(chartName as string);
      node.attributes.push(attribute('steps', JSON.stringify(specs)), attribute('file', shown), attribute('chapter', chapter));
    });

    const story: StoryOutline = { ...outline, words: toString(tree).split(/\s+/).filter(Boolean).length };
    file.data.astro ??= {};
    file.data.astro.frontmatter = { ...file.data.astro.frontmatter, story };
  };
}

/** The first dozen words of a step, ending with an ellipsis when there are more. */
function firstWords(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : words.join(' ');
}

type Fail = (message: string) => never;
type Attr = MdxJsxAttribute | MdxJsxExpressionAttribute;

type JsxNode = MdxJsxFlowElement | MdxJsxTextElement;

function findAttr(node: JsxNode, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find((a: Attr): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
}

/** A plain string attribute (`alt="…"` or `alt={"…"}`); undefined when absent, so the step check can name it. */
function stringAttr(node: JsxNode, name: string, fail: Fail): string | undefined {
  const value = literalAttr(node, name, fail);
  if (value !== undefined && typeof value !== 'string') fail(`<${node.name}> ${name} must be text`);
  return value as string | undefined;
}

/** An attribute whose value is a literal (a string, or `{ … }` written as a JSON5 object); anything computed is refused. */
function literalAttr(node: JsxNode, name: string, fail: Fail): unknown {
  const attr = findAttr(node, name);
  if (!attr || attr.value === null || attr.value === undefined) return undefined;
  if (typeof attr.value === 'string') return attr.value;
  const source = (attr.value as MdxJsxAttributeValueExpression).value;
  try {
    return JSON5.parse(source);
  } catch {
    const id = findAttr(node, 'id')?.value;
    return fail(`${typeof id === 'string' ? `step "${id}": ` : ''}${name} must be a literal such as {{ key: "value" }}, not ${source.trim()}`);
  }
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

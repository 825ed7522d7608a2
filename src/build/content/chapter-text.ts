import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * A chapter file split into its front matter (the YAML between the two `---` lines at the top; undefined when there
 * are none) and its body, with the front matter's lines blanked so that body lines keep their numbers in messages.
 */
export function splitChapter(text: string): { frontmatter?: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { body: text };
  return { frontmatter: match[1]!, body: '\n'.repeat(match[0].split('\n').length - 1) + text.slice(match[0].length) };
}

/** How many parsed bodies a process keeps: every chapter of both editions, and the changed copies a test checks. */
const keptBodies = 64;
const parsed = new Map<string, Root>();

/**
 * A chapter's body parsed as MDX, as the content check and the translation check read it; throws on a syntax error.
 * A body is parsed once while it is among the last `keptBodies` asked for, and handed out as a copy, which its reader
 * may change (expandFigures does): the dev server's check, run again on every edit, and the tests' checks of changed
 * copies then parse only what changed.
 */
export function parseChapterBody(body: string): Root {
  let tree = parsed.get(body);
  if (tree) parsed.delete(body);
  else {
    tree = unified().use(remarkParse).use(remarkMdx).parse(body);
    if (parsed.size >= keptBodies) parsed.delete(parsed.keys().next().value!);
  }
  parsed.set(body, tree);
  return structuredClone(tree);
}

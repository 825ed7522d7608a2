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

/** A chapter's body parsed as MDX, as the content check and the translation check read it; throws on a syntax error. */
export function parseChapterBody(body: string): Root {
  return unified().use(remarkParse).use(remarkMdx).parse(body);
}

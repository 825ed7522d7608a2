import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { parseChapterBody, splitChapter } from '../../src/build/content/chapter-text.ts';
import { sha256 } from '../../src/build/i18n/translation-check.ts';
import { latinNamesFile } from '../../src/build/i18n/untranslated-english.ts';
import { projectRoot } from './paths.ts';

const cyrillic: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyz'].map((latin, i) => [latin, 'абцдефгхийклмнопкрстувщхыз'[i]!]),
);
/** The names a Russian text keeps in Latin letters (content/i18n/latin-names.json), longest first. */
const latinNames = (JSON.parse(readFileSync(join(projectRoot, latinNamesFile), 'utf8')) as string[]).sort((a, b) => b.length - a.length);
const keptName = new RegExp(`(?<![A-Za-z])(?:${latinNames.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?![A-Za-z])`);
/**
 * Latin letters written in Cyrillic ones, `{placeholders}` and the names a Russian text keeps in Latin letters kept
 * ("Mediascope", which the glossary links in both editions): words that are no English, for a twin's text.
 */
const cyrillicLetters = (text: string) =>
  text
    .split(new RegExp(`(${keptName.source})`))
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/\{[^{}]*\}|[A-Za-z]/g, (found) =>
            found.length > 1 ? found : found === found.toLowerCase() ? cyrillic[found]! : cyrillic[found.toLowerCase()]!.toUpperCase(),
          ),
    )
    .join('');

/**
 * The Russian twin a fixture chapter needs beside its English file (src/build/i18n/translation-check.ts): the same
 * file name under content/chapters/ru/, its front matter first recording the English file's sha256, and the English
 * skeleton (steps, states, citations, figures, quotes) as it is. Its words are the English ones in Cyrillic letters:
 * the tests that add a chapter are about something else, and the twin only has to pass the check, which refuses
 * English left untranslated.
 */
export function russianTwin(name: string, english: string): { readonly file: string; readonly content: string } {
  const { frontmatter = '', body } = splitChapter(english);
  const front = (parseYaml(frontmatter) ?? {}) as Record<string, unknown>;
  for (const field of ['title', 'summary', 'objectives', 'questions', 'teacherNotes'])
    if (front[field] !== undefined)
      front[field] = Array.isArray(front[field])
        ? front[field].map((t) => cyrillicLetters(String(t)))
        : cyrillicLetters(String(front[field]));
  // A quiz keeps its answers, but for the words around the figures of one (an id stays as it is).
  if (Array.isArray(front.quiz))
    front.quiz = front.quiz.map((q: Record<string, unknown>) => ({
      ...q,
      ...(typeof q.ask === 'string' ? { ask: cyrillicLetters(q.ask) } : {}),
      ...(typeof q.answer === 'string' && q.answer.includes('{') ? { answer: cyrillicLetters(q.answer) } : {}),
    }));
  // The prose's words and each step's alt text, found where the MDX parser puts them; replaced from the end back.
  const ranges: [number, number][] = [];
  visit(parseChapterBody(body), 'text', (node) => void ranges.push([node.position!.start.offset!, node.position!.end.offset!]));
  for (const match of body.matchAll(/\balt="([^"]*)"/g)) ranges.push([match.index + 5, match.index + 5 + match[1]!.length]);
  let words = body;
  for (const [start, end] of ranges.sort((a, b) => b[0] - a[0]))
    words = words.slice(0, start) + cyrillicLetters(words.slice(start, end)) + words.slice(end);
  const translation = { translation: { from: name, sha256: sha256(english) } };
  return {
    file: `content/chapters/ru/${name}`,
    content: `---\n${stringifyYaml({ ...translation, ...front })}---\n${words.replace(/^\n+/, '')}`,
  };
}

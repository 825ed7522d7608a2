import { termMatcher, termsIn } from '../../data/glossary-match.ts';
import type { GlossaryTerm } from '../../data/schemas.ts';

/** What `termsInChapter` reads of a chapter: a `ChapterInfo` (src/build/content/get-chapters.ts) has it all. */
export interface ChapterTerms {
  /** The chapter build's outline: the ids of the terms its prose links, in order of first use. */
  readonly story: { readonly glossary: readonly string[] };
  /** The front matter, its placeholders printed. */
  readonly entry: {
    readonly data: {
      readonly title: string;
      readonly summary: string;
      readonly objectives: readonly string[];
      readonly questions: readonly string[];
    };
  };
}

/**
 * The glossary terms a chapter uses, for a handout's list of terms: those its prose links, in order of first use,
 * then those that only its title, summary, objectives or discussion questions name (a handout prints those too).
 * Words inside a quotation of someone do not count, as in the prose.
 */
export function termsInChapter(chapter: ChapterTerms, glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  const { title, summary, objectives, questions } = chapter.entry.data;
  const match = termMatcher(glossary);
  const named = [title, summary, ...objectives, ...questions].flatMap((text) => termsIn(text, match));
  const ids = [...new Set([...chapter.story.glossary, ...named])];
  const byId = new Map(glossary.map((term) => [term.id, term]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

import type { Datasets } from '../../data/load-datasets.ts';
import type { ChapterInfo } from './get-chapters.ts';
import { chapterDataPath, citeAnchor } from '../../core/anchors.ts';
import { localePath } from '../../core/locale.ts';
import { url } from '../../core/url.ts';
import { storyTable } from './chapter-tables.ts';
import { fill } from '../../core/fill.ts';
import { quote } from '../../core/format.ts';
import { siteWords } from '../../data/site-words.ts';

/** One place in a chapter that cites a source: a link back to it and what to call it. */
export interface Citation {
  readonly href: string;
  readonly label: string;
}

/**
 * The sources a chapter cites, in order of first use: those in its prose (`<Cite>`), then those behind its
 * graphics' data tables (on the chapter's data page); each with the places that cite it, named in the chapter's language
 * ("in the text", "в тексте"). A chart drawn in two stories links its first table.
 */
export function chapterSources(chapter: ChapterInfo, datasets: Datasets): Map<string, Citation[]> {
  const { locale } = chapter;
  const words = siteWords(locale);
  const cited = new Map<string, Citation[]>();
  const add = (id: string, citation: Citation) => cited.set(id, [...(cited.get(id) ?? []), citation]);
  for (const id of chapter.story.citations) add(id, { href: `${chapter.href}#${citeAnchor(id)}`, label: words['sources.cited.text'] });
  const tables = url(localePath(locale, chapterDataPath(chapter.slug)));
  const linked = new Set<string>();
  for (const story of chapter.story.stories) {
    if (linked.has(story.chart)) continue;
    linked.add(story.chart);
    const { title, table } = storyTable(story.chart, datasets, locale);
    const ids = new Set(table.rows.flatMap((row) => row.sources));
    for (const id of ids) add(id, { href: `${tables}#${story.table}`, label: fill(words['sources.cited.data'], { title: quote(title, locale) }) });
  }
  return cited;
}

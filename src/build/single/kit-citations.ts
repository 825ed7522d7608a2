import { kitChapterAnchor } from '../../core/anchors.ts';

/**
 * A chapter page with its citations from the educators' kit put back at its end, for the single-file edition, whose
 * reader may not reach the kit: the citations (`<dl class="citations">`) of the chapter's entry in the kit page of its
 * edition (`<section … aria-labelledby="chapter-<slug>">`, `kitChapterAnchor`; src/components/educators/ChapterKit.astro) go after the
 * heading of its `.chapter-cite` section (src/components/share/ChapterCite.astro). Throws where either is missing. Pure.
 */
export function withKitCitations(chapterHtml: string, kitHtml: string, slug: string, page: string): string {
  const entry = new RegExp(
    `<section class="kit-chapter" aria-labelledby="${kitChapterAnchor(slug)}">[\\s\\S]*?(<dl class="citations">[\\s\\S]*?</dl>)`,
  ).exec(kitHtml);
  if (!entry) throw new Error(`single-file edition: the educators' kit has no citations of ${slug}`);
  const heading = /(<section class="chapter-cite"[^>]*>\s*<h2 id="cite-this-chapter">[\s\S]*?<\/h2>)/;
  if (!heading.test(chapterHtml)) throw new Error(`single-file edition: ${page} has no "cite this chapter" heading`);
  return chapterHtml.replace(heading, (_match, head: string) => `${head}${entry[1]!}`);
}

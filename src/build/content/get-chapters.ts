import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { StoryOutline } from '../mdx/remark-scrolly.ts';
import { url } from '../../core/url.ts';
import { chapterSlug } from '../../data/chapter-slug.ts';
import { resolveFrontMatter } from './front-matter-figures.ts';
import { getDatasets } from '../../data/get-datasets.ts';

/** A chapter with what the site's pages need to list and link it. */
export interface ChapterInfo {
  /** The collection entry, its front-matter placeholders (`{reach:…}`) printed from the data. */
  readonly entry: CollectionEntry<'chapters'>;
  /** The URL slug: the file name without its order prefix. */
  readonly slug: string;
  /** The chapter's href under the deploy base, e.g. "/chapters/who-talks-on-what/" (or "/explainer/chapters/…/"). */
  readonly href: string;
  /** Steps, citations, charts and word count, from the chapter build. */
  readonly story: StoryOutline;
  /** Minutes to read at 238 words a minute (an adult's average silent reading), plus 10 s a graphic step; at least 1. */
  readonly minutes: number;
}

/** Every chapter in story order, with its outline. */
export async function getChapters(): Promise<ChapterInfo[]> {
  const entries = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const data = await getDatasets();
  return Promise.all(
    entries.map(async (cached) => {
      const entry = { ...cached, data: resolveFrontMatter(cached.data, data, cached.filePath ?? cached.id) };
      const { remarkPluginFrontmatter } = await render(cached);
      const story = remarkPluginFrontmatter.story as StoryOutline;
      const slug = chapterSlug(entry.id);
      const minutes = Math.max(1, Math.round(story.words / 238 + (story.steps.length * 10) / 60));
      return { entry, slug, href: url(`/chapters/${slug}/`), story, minutes };
    }),
  );
}

/**
 * The static paths of a page per chapter (`/present/<slug>/`, `/handout/<slug>/`): each chapter by its slug, with how
 * many chapters the story has.
 */
export async function chapterPaths(): Promise<{ params: { slug: string }; props: { chapter: ChapterInfo; count: number } }[]> {
  const chapters = await getChapters();
  return chapters.map((chapter) => ({ params: { slug: chapter.slug }, props: { chapter, count: chapters.length } }));
}

import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { StoryOutline } from '../mdx/remark-scrolly.ts';
import { url } from '../../core/url.ts';
import { chapterSlug } from '../../data/chapter-slug.ts';
import { resolveFrontMatter } from './front-matter-figures.ts';
import { getDatasets } from '../../data/get-datasets.ts';
import { chapterCollections } from '../../data/chapter-loader.ts';
import { localePath } from '../../core/locale.ts';
import type { Locale } from '../../core/locale.ts';

/** A chapter's collection entry, in any language (a translation's also records its English file). */
export type ChapterEntry = CollectionEntry<'chapters'> | CollectionEntry<'chaptersRu'>;

/** A chapter with what the site's pages need to list and link it. */
export interface ChapterInfo {
  /** The collection entry, its front-matter placeholders (`{reach:…}`) printed from the data. */
  readonly entry: ChapterEntry;
  /** The chapter's language. */
  readonly locale: Locale;
  /** The URL slug: the file name without its order prefix. */
  readonly slug: string;
  /** The chapter's href under the deploy base, e.g. "/chapters/who-talks-on-what/" (or "/explainer/chapters/…/"). */
  readonly href: string;
  /** Steps, citations, charts and word count, from the chapter build. */
  readonly story: StoryOutline;
  /** Minutes to read at 238 words a minute (an adult's average silent reading), plus 10 s a graphic step; at least 1. */
  readonly minutes: number;
}

/** A build's chapters per language, read once (as `getDatasets` reads its data once). */
const built = new Map<Locale, Promise<ChapterInfo[]>>();

/**
 * Every chapter in story order, with its outline, in `locale` (English unless asked): read on every call in the dev
 * server, so that an edit shows at the next page load, and once in a build.
 */
export function getChapters(locale: Locale = 'en'): Promise<ChapterInfo[]> {
  if (import.meta.env.DEV) return readChapters(locale);
  const known = built.get(locale) ?? readChapters(locale);
  built.set(locale, known);
  return known;
}

async function readChapters(locale: Locale): Promise<ChapterInfo[]> {
  const entries = (await getCollection(chapterCollections[locale])).sort((a, b) => a.data.order - b.data.order);
  const data = await getDatasets();
  return Promise.all(
    entries.map(async (cached) => {
      const entry = { ...cached, data: resolveFrontMatter(cached.data, data, cached.filePath ?? cached.id, locale) } as ChapterEntry;
      const { remarkPluginFrontmatter } = await render(cached);
      const story = remarkPluginFrontmatter.story as StoryOutline;
      const slug = chapterSlug(entry.id);
      const minutes = Math.max(1, Math.round(story.words / 238 + (story.steps.length * 10) / 60));
      return { entry, slug, href: url(localePath(locale, `/chapters/${slug}/`)), story, minutes, locale };
    }),
  );
}

/**
 * The static paths of a page per chapter in `locale` (its page, `/present/<slug>/`, `/handout/<slug>/`): each chapter
 * by its slug, with the chapters before and after it and how many chapters the story has.
 */
export async function chapterPaths(locale: Locale = 'en') {
  const chapters = await getChapters(locale);
  return chapters.map((chapter, i) => ({
    params: { slug: chapter.slug },
    props: { chapter, previous: chapters[i - 1], next: chapters[i + 1], count: chapters.length },
  }));
}

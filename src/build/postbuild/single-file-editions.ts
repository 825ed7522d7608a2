import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localePath, locales, type Locale } from '../../core/locale.ts';
import { siteWords } from '../../data/site-words.ts';
import { readPublisher } from '../site/publisher.ts';
import { sumsFile } from '../verify/sha256-sums.ts';
import type { EditionPage } from '../single/edition-sections.ts';
import { bookColophon, singleFileHtml, type Colophon, type ColophonWords } from '../single/single-file.ts';
import { editionEpub } from '../single/edition-epub.ts';
import { editionPdf } from '../single/edition-pdf.ts';
import { mergedStyles } from '../single/merged-styles.ts';
import { singleFilePath } from '../single/single-file-path.ts';
import { withKitCitations } from '../single/kit-citations.ts';
import { baseOf } from './read-site.ts';
import { moduleScript } from './defer-scripts.ts';
import { inlineStyle, pruneStyles } from './prune-styles.ts';

/** The links of the home page's list of chapters, in the reader's order. */
const chapterList = /<ol class="chapter-list">([\s\S]*?)<\/ol>/;

/**
 * Writes the single-file edition of each language (issue 26; src/build/single/single-file.ts) into the site, at
 * `singleFilePath`: the edition's home page, its chapters in the home page's order and its sources, in one HTML file
 * that carries its stylesheet (the pages' CSS, each rule once, pruned to what the file uses), its scripts (the pages' modules, bundled
 * into one by esbuild) and its data (each chart's CSV, as a `data:` download). Runs on the pages as Astro wrote them,
 * before inline-assets.ts, which then treats the file as it does every page: its `<meta>` policy then allows its inline
 * style and script by hash. Beside each file, its e-book and its PDF (src/build/single/edition-epub.ts,
 * edition-pdf.ts).
 */
export function singleFileEditions(): AstroIntegration {
  let root: string;
  let base: string;
  let origin: string;
  return {
    name: 'single-file-editions',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = baseOf(config);
        if (!config.site) throw new Error('single-file-editions: Astro has no `site`, which the file’s links to the site need');
        origin = new URL(config.site).origin;
      },
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        const creator = readPublisher(root).name;
        // DejaVu Sans (its npm package), which has the Cyrillic letters the PDF must carry.
        const dejavu = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
        const [regular, bold] = await Promise.all(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((font) => readFile(join(dejavu, font))));
        const fonts = { regular: regular!, bold: bold! };
        for (const locale of locales) {
          const path = singleFilePath(locale);
          const words = Object.fromEntries(
            Object.entries(siteWords(locale, root)).filter(([key]) => key.startsWith('single.')),
          ) as ColophonWords;
          const published = (page: string, hash = '') => `${origin}${base}${localePath(locale, page).slice(1)}${hash}`;
          const [address, sums] = [published('/'), `${origin}${base}${sumsFile}`];
          const colophon = { words, address, file: basename(path), sums, about: published('/about/', '#copy') };
          // Its policy's hashes come with inline-assets.ts, which hashes every page's inline style and script.
          const html = await singleFile(site, locale, base, origin, colophon);
          await writeFile(join(site, path), html);
          const downloads = localePath(locale, '/downloads/').slice(1);
          const graphics = new Map(
            await Promise.all(
              (await readdir(join(site, downloads)))
                .filter((file) => file.endsWith('.svg'))
                .map(async (file) => [file.slice(0, -'.svg'.length), await readFile(join(site, downloads, file))] as const),
            ),
          );
          const book = (copy: string) => bookColophon(words, { address, file: basename(copy), sums });
          const [epub, pdf] = [singleFilePath(locale, 'epub'), singleFilePath(locale, 'pdf')];
          await writeFile(
            join(site, epub),
            editionEpub({
              html,
              identifier: address,
              creator,
              graphics,
              colophon: book(epub),
              accessibility: words['single.book.accessibility'],
            }),
          );
          await writeFile(join(site, pdf), await editionPdf({ html, creator, graphics, fonts, colophon: book(pdf) }));
        }
      },
    },
  };
}

async function singleFile(site: string, locale: Locale, base: string, origin: string, colophon: Omit<Colophon, 'data'>): Promise<string> {
  /** A page's file in the site, from its path in the edition ("/sources/" → "ru/sources/index.html"). */
  const fileOf = (page: string) => `${localePath(locale, page).slice(1)}index.html`;
  const read = async (file: string, section: string): Promise<EditionPage> => ({
    path: file,
    section,
    html: await readFile(join(site, file), 'utf8'),
  });
  const home = await read(fileOf('/'), 'contents');
  const list = chapterList.exec(home.html)?.[1];
  if (!list) throw new Error(`single-file-editions: ${home.path} has no list of chapters (<ol class="chapter-list">)`);
  const chapters = [...list.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.slice(base.length));
  // Each chapter with its citations, which on the site are in the educators' kit.
  const kit = await readFile(join(site, fileOf('/educators/')), 'utf8');
  const chapter = async (path: string) => {
    const slug = path.split('/').at(-2)!;
    const page = await read(`${path}index.html`, slug);
    return { ...page, html: withKitCitations(page.html, kit, slug, page.path) };
  };
  const pages = [home, ...(await Promise.all(chapters.map(chapter))), await read(fileOf('/sources/'), 'sources')];

  const css = mergedStyles(pages.flatMap((page) => [...page.html.matchAll(inlineStyle)].map((match) => match[1]!)));
  const sources = [...new Set(pages.flatMap((page) => [...page.html.matchAll(moduleScript)].map((match) => match[1]!.slice(base.length))))];
  const bundled = await build({
    stdin: { contents: sources.map((file) => `import ${JSON.stringify(`./${file}`)};`).join('\n'), resolveDir: site, loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'esnext',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const script = bundled.outputFiles[0]!.text.trim();

  const dataFolder = `${localePath(locale, '/downloads/data/').slice(1)}`;
  const csvs = (await readdir(join(site, dataFolder))).filter((file) => file.endsWith('.csv')).sort();
  const data = await Promise.all(
    csvs.map(async (name) => ({
      name,
      href: `data:text/csv;charset=utf-8;base64,${(await readFile(join(site, dataFolder, name))).toString('base64')}`,
    })),
  );
  const html = singleFileHtml({ pages, links: { base, origin }, css, script, colophon: { ...colophon, data } });
  return pruneStyles(html, [script]);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { strFromU8, unzipSync } from 'fflate';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { russianTextProblems } from '../../src/build/i18n/russian-words-problems.ts';
import { quote } from '../../src/core/format.ts';
import { charts } from '../../src/charts/registry.ts';
import { siteWords, type SiteWord } from '../../src/data/site-words.ts';
import { builtPages, builtSiteRoot, isEmbedPage, type BuiltPage } from '../helpers/dist.ts';
import { datasets } from '../helpers/datasets.ts';
import { distDir } from '../helpers/paths.ts';

/**
 * The Russian edition as the build writes it (issue 25): a twin of every English page at the same path under /ru/ (its
 * home page, chapters with their data pages, embeds, handouts, short links, sources, About, educators', lesson,
 * glossary and 404 pages), the chapters with the same steps and graphics. Its downloads, citation files, slides and
 * quiz sheets are its own.
 */
const pages = builtPages();
const russian = pages.filter((page) => page.path.startsWith('/ru/'));
const englishOf = (page: BuiltPage) => pages.find((p) => p.path === page.path.slice('/ru'.length))!;
const chapters = russian.filter((page) => /^\/ru\/chapters\/[^/]+\/$/.test(page.path));
const root = builtSiteRoot();
const page = (path: string) => pages.find((p) => p.path === path)!;
/** The Russian educators' kit, where each step's and each chapter's embed code, downloads and citations are. */
const kit = page('/ru/educators/');
/** How many quotes the English chapters print. */
const englishQuotes = () =>
  pages.filter((p) => p.path.startsWith('/chapters/')).reduce((n, p) => n + p.$('blockquote[data-quote]').length, 0);
const latinNames = JSON.parse(readFileSync('content/i18n/latin-names.json', 'utf8')) as string[];
/** Who publishes this copy (content/publisher.json): its own name, in English on every page. */
const publisher = (JSON.parse(readFileSync('content/publisher.json', 'utf8')) as { name: string }).name;

/** Each step's snapshot at each size and the story furniture it draws on: every mark, by its key, as printed. */
function marksOf($: CheerioAPI): Map<string, string> {
  const marks = new Map<string, string>();
  $('[data-step]').each((_, step) => {
    for (const svg of $(step).find('svg[data-size]').toArray()) {
      const where = `${$(step).attr('id')} ${$(svg).attr('data-size')}`;
      const furniture = $(svg).find('use').attr('href');
      const drawn = [...$(svg).find('[data-marks] > *').toArray(), ...(furniture ? $(`${furniture} > *`).toArray() : [])];
      for (const mark of drawn) marks.set(`${where} ${$(mark).attr('data-key')}`, $.html(mark));
    }
  });
  return marks;
}

/** Whether a printed mark is words (a text, or a label's leader line), which a translation may change. */
const isWords = (html: string) => html.startsWith('<text') || /^<line[^>]* class="leader"/.test(html);

describe('the Russian edition', () => {
  it('has a twin of every English page, at the same path under /ru/, and no page without a twin', () => {
    const englishChapters = pages.filter((page) => /^\/chapters\/[^/]+\/$/.test(page.path)).map((page) => page.path);
    expect(chapters.map((page) => page.path.slice(3)).sort()).toEqual(englishChapters.sort());
    for (const chapter of chapters) expect(page(`${chapter.path}data/`), `${chapter.path}data/`).toBeDefined();
    const english = pages.filter((page) => !page.path.startsWith('/ru/'));
    expect(russian.map((page) => page.path).sort()).toEqual(english.map((page) => `/ru${page.path}`).sort());
    for (const page of russian) expect(englishOf(page), page.path).toBeDefined();
  });

  // An embed has no site chrome, and no language link: the embeds are compared with their twins below.
  it.each(russian.filter((p) => !isEmbedPage(p.path)))(
    '$path is in Russian, names its English twin and itself, and offers the English one',
    (page) => {
      const twin = englishOf(page);
      expect(page.$('html').attr('lang')).toBe('ru');
      expect(twin.$('html').attr('lang')).toBe('en');
      const alternates = ($: CheerioAPI) =>
        Object.fromEntries(
          $('link[rel="alternate"][hreflang]')
            .map((_, link) => [[$(link).attr('hreflang'), $(link).attr('href')]])
            .get(),
        );
      // The 404 page, served wherever a link is broken, has no address to name; it still offers the other language's.
      const indexed = page.$('meta[name="robots"]').attr('content') !== 'noindex';
      const expected = indexed ? { en: `${root}${twin.path}`, ru: `${root}${page.path}`, 'x-default': `${root}${twin.path}` } : {};
      expect(alternates(page.$)).toEqual(expected);
      expect(alternates(twin.$)).toEqual(expected);
      expect(page.$('a.language-link').attr('href')).toBe(twin.path);
      expect(page.$('a.language-link').attr('hreflang')).toBe('en');
      expect(twin.$('a.language-link').attr('href')).toBe(page.path);
    },
  );

  it.each(chapters)('$path has its English chapter’s steps in order, and its graphics draw every mark where the English do', (page) => {
    const twin = englishOf(page);
    const ids = ($: CheerioAPI) =>
      $('[data-step]')
        .map((_, step) => $(step).attr('id'))
        .get();
    expect(ids(page.$)).toEqual(ids(twin.$));
    const [ours, theirs] = [marksOf(page.$), marksOf(twin.$)];
    const shapes = (marks: Map<string, string>) => [...marks].filter(([, html]) => !isWords(html));
    expect(shapes(ours)).toEqual(shapes(theirs));
    // Only the words differ: the same keys, and Russian ones among them.
    expect([...ours.keys()].filter((key) => !isWords(ours.get(key)!)).length).toBeGreaterThan(0);
    expect([...ours.values()].some((html) => isWords(html) && /[а-яё]/i.test(html))).toBe(true);
  });

  it('prints each quote in its Russian words, attributed and cited: the original words where a source prints them, else marked as the site’s translation', () => {
    const words = siteWords('ru');
    // A quote said in Russian prints its words as said: one recorded in Russian, or one a Russian source prints too.
    const originals = new Map(
      datasets.quotes.flatMap((q) =>
        q.lang === 'ru' ? [[q.id, q.sources[0]!]] : q.original?.lang === 'ru' ? [[q.id, q.original.sources[0]!]] : [],
      ),
    );
    expect(originals.size, 'some quote is printed in its original Russian').toBeGreaterThan(0);
    let seen = 0;
    const printed: string[] = [];
    for (const page of chapters)
      for (const block of page.$('blockquote[data-quote]').toArray()) {
        const id = page.$(block).attr('data-quote')!;
        const [text, attribution] = page
          .$(block)
          .find('p')
          .toArray()
          .map((p) => page.$(p).text().trim());
        expect(text).toBe(quote(words[`quote.${id}` as SiteWord], 'ru'));
        expect(attribution).toContain(`— ${words[`quote.${id}.speaker` as SiteWord]}`);
        printed.push(id);
        const original = originals.get(id);
        if (original) {
          expect(attribution).not.toContain(words['translation.ours']);
          expect(page.$(block).find('.cite a').attr('href')).toMatch(new RegExp(`--${original}$`));
        } else expect(attribution).toContain(`(${words['translation.ours']}`);
        expect(page.$(block).find('.cite a').length).toBeGreaterThan(0);
        seen++;
      }
    expect(seen).toBe(englishQuotes());
    for (const id of originals.keys()) expect(printed, `${id} is printed in its original words`).toContain(id);
    // A short quote in the prose, translated from English, says so.
    expect(page('/ru/chapters/the-call-that-didnt-connect/').$('main').text()).toContain(`«частично» ${words['translation.mark']}`);
  });

  it('prints a quote recorded in Russian on the English page in the site’s translation, marked so and cited to the Russian source', () => {
    const recorded = datasets.quotes.filter((q) => q.lang === 'ru');
    expect(recorded.length).toBeGreaterThan(0);
    const english = pages.filter((p) => p.path.startsWith('/chapters/'));
    for (const q of recorded) {
      const block = english.map((p) => p.$(`blockquote[data-quote="${q.id}"]`)).find((b) => b.length > 0);
      expect(block, q.id).toBeDefined();
      expect(block!.find('.quote-attribution').text()).toContain(`(${siteWords('en')['translation.ours']})`);
      expect(block!.find('.cite a').first().attr('href')).toMatch(new RegExp(`--${q.sources[0]}$`));
    }
  });

  it('lists every source of the English sources page, chapter by chapter, each linked back to the Russian chapter, its headline in its own language', () => {
    const [ours, theirs] = [page('/ru/sources/').$, page('/sources/').$];
    // The same entries, but that a quote's original words cite their Russian source, not the English translation's.
    const entries = ($: CheerioAPI) =>
      $('.source-list > li')
        .map((_, li) => $(li).attr('id'))
        .get();
    const originals = datasets.quotes.flatMap((q) => q.original?.sources ?? []);
    const translations = datasets.quotes.filter((q) => q.original).flatMap((q) => q.sources);
    const [onlyOurs, onlyTheirs] = [
      entries(ours).filter((id) => !entries(theirs).includes(id)),
      entries(theirs).filter((id) => !entries(ours).includes(id)),
    ];
    for (const id of onlyOurs) expect(originals, id).toContain(id.split('--')[1]);
    for (const id of onlyTheirs) expect(translations, id).toContain(id.split('--')[1]);
    expect(onlyOurs.length, 'the Russian page lists the sources of the original words').toBeGreaterThan(0);
    expect(entries(ours).length).toBeGreaterThan(0);
    for (const li of ours('.source-list > li').toArray()) {
      for (const link of ours(li).find('.muted a').toArray())
        expect(ours(link).attr('href')).toMatch(/^\/ru\/chapters\/[^/]+\/(?:data\/)?#/);
      // A headline in Latin letters says which language it is in; the site's description of a page without one is in
      // Russian, which the check of the Russian text below holds to.
      const cite = ours(li).find('cite');
      if (cite.length > 0 && !/[А-яЁё]/.test(cite.text())) expect(cite.attr('lang'), cite.text()).toMatch(/^(?!ru$)[a-z]{2}$/);
    }
    // Each Russian chapter's citations, and its data page's tables, lead to their source's entry here.
    for (const chapter of chapters.flatMap((c) => [c, page(`${c.path}data/`)]))
      for (const link of chapter.$('a[href*="sources/#"]').toArray()) {
        const [path, id] = chapter.$(link).attr('href')!.split('#');
        expect(path, chapter.path).toBe('/ru/sources/');
        expect(ours(`[id="${id}"]`).length, `${chapter.path} → #${id}`).toBe(1);
      }
    // The summary of each chapter's sources counts the statements the English one counts.
    const strengths = ($: CheerioAPI) =>
      $('[data-strength]')
        .map((_, p) => $(p).attr('data-strength')!.split('/')[1])
        .get();
    expect(strengths(ours)).toEqual(strengths(theirs));
    expect(ours('main').text()).not.toMatch(/n\.d\.|\.\./);
  });

  it('embeds every step of the Russian chapters in Russian, the twin of its English embed, credited and linked to the Russian step', () => {
    const embeds = russian.filter((p) => isEmbedPage(p.path));
    expect(embeds.map((p) => p.path.slice(3)).sort()).toEqual(
      pages
        .filter((p) => p.path.startsWith('/embed/'))
        .map((p) => p.path)
        .sort(),
    );
    for (const embed of embeds) {
      const id = embed.path.split('/')[3]!;
      const twin = englishOf(embed);
      expect(embed.$('html').attr('lang')).toBe('ru');
      expect(embed.$('link[rel="canonical"]').attr('href')).toBe(`${root}${embed.path}`);
      // The same graphic, its words in Russian.
      const shapes = ($: CheerioAPI) =>
        $('svg[data-size] [data-marks] > *')
          .toArray()
          .map((mark) => $.html(mark))
          .filter((html) => !isWords(html));
      expect(shapes(embed.$)).toEqual(shapes(twin.$));
      expect(embed.$('.embed__credit a[href*="/chapters/"]').attr('href')).toBe(
        `${root}/ru/chapters/${chapters.find((c) => c.$(`[id="${id}"]`).length)!.path.split('/')[3]}/#${id}`,
      );
      expect(embed.$('.embed__meta a[href$="/sources/"]').attr('href')).toBe(`${root}/ru/sources/`);
      // And the Russian chapter's step links its entry in the Russian kit, which offers this embed, with its Russian title.
      const chapter = chapters.find((c) => c.$(`[id="${id}"]`).length)!;
      expect(chapter.$(`[id="${id}"] .step-share__more a`).attr('href')).toBe(`/ru/educators/#kit-${id}`);
      const code = kit.$(`[id="kit-${id}"] code[data-embed-snippet]`).text();
      expect(code).toContain(`src="${root}${embed.path}"`);
      expect(code).toContain(`title="${embed.$('h1').text().trim()}"`);
    }
  });

  it('offers each Russian step’s graphic as its own PNG, SVG and 1920×1080 slide, in Russian words, crediting and linking the Russian step', async () => {
    const words = siteWords('ru');
    for (const chapter of chapters) {
      for (const step of chapter.$('[data-step]').toArray()) {
        const id = chapter.$(step).attr('id')!;
        const hrefs = kit
          .$(`[id="kit-${id}"]`)
          .find('a[download]')
          .toArray()
          .map((a) => kit.$(a).attr('href'));
        expect(hrefs, id).toEqual(expect.arrayContaining([`/ru/downloads/${id}.png`, `/ru/downloads/${id}.svg`]));
        const svg = readFileSync(join(distDir, `ru/downloads/${id}.svg`), 'utf8');
        const english = readFileSync(join(distDir, `downloads/${id}.svg`), 'utf8');
        // Read as a reader reads it, line after line; the address is not words, the publisher's name is its own.
        const lines = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
        const text = lines.join(' ');
        expect(text, id).toContain(`${root}${chapter.path}#${id}`);
        expect(text, id).toContain(`CC BY 4.0 · ${words['site.name']} · издатель: ${publisher}`);
        expect(text, id).toContain('Данные на ');
        expect(/<title>([^<]*)<\/title>/.exec(svg)![1], id).toMatch(/[А-Яа-яЁё]/);
        // The words around the graphic (its title and the lines below it), which the chart's own words checks leave.
        const around = [...svg.replace(/<g transform[\s\S]*?<\/g>/g, '').matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
        const prose = around
          .filter((line) => !line.startsWith(root))
          .join(' ')
          .replaceAll('&amp;', '&')
          .replace(publisher, '');
        const problems = russianTextProblems(prose, latinNames);
        expect(problems, id).toEqual([]);
        // The same graphic as the English download, in other words.
        const shapes = (file: string) =>
          file.replace(/<text[^>]*>[^<]*<\/text>|<title>[^<]*<\/title>/g, '').match(/<(rect|circle|path|line)[^>]*>/g);
        expect(shapes(svg)?.length, id).toBe(shapes(english)?.length);
        const png = await sharp(readFileSync(join(distDir, `ru/downloads/${id}.png`))).metadata();
        expect(png.width, id).toBe(Number(/width="(\d+)"/.exec(svg)![1]) * 2);
        const slide = await sharp(readFileSync(join(distDir, `ru/downloads/${id}.slide.png`))).metadata();
        expect([slide.width, slide.height], id).toEqual([1920, 1080]);
      }
    }
  });

  it.each(Object.values(charts))(
    'offers the data of $name as CSV, JSON and a zip in Russian: Russian headers, the English figures, a README in Russian, linked from the Russian pages',
    (chart) => {
      const read = (path: string) => readFileSync(join(distDir, path));
      const csvRows = (path: string) =>
        read(path)
          .toString('utf8')
          .replace(/^\uFEFF/, '')
          .trimEnd()
          .split('\r\n')
          .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replaceAll('""', '"')));
      const [header, ...rows] = csvRows(`ru/downloads/data/${chart.name}.csv`);
      const [englishHeader, ...englishRows] = csvRows(`downloads/data/${chart.name}.csv`);
      // Every header is Russian words; every figure, date, code and id is the English file's.
      for (const name of header!) expect(name, chart.name).toMatch(/^[а-яё_]+$/);
      expect(header).toHaveLength(englishHeader!.length);
      expect(rows).toHaveLength(englishRows.length);
      const same = Object.entries(chart.export.columns)
        .filter(([, type]) => type !== 'text')
        .map(([column]) => englishHeader!.indexOf(column));
      expect(same.length, chart.name).toBeGreaterThan(1);
      expect(rows.map((row) => same.map((i) => row[i]))).toEqual(englishRows.map((row) => same.map((i) => row[i])));
      const json = JSON.parse(read(`ru/downloads/data/${chart.name}.json`).toString('utf8')) as {
        title: string;
        columns: string[];
        rows: Record<string, unknown>[];
        licence_exceptions: string[];
      };
      expect(json.title).toBe(chart.words.ru.title);
      expect(json.columns).toEqual(header);
      expect(Object.keys(json.rows[0]!)).toEqual(header);
      expect(json.rows).toHaveLength(rows.length);
      const zip = unzipSync(new Uint8Array(read(`ru/downloads/data/${chart.name}.zip`)));
      expect(Buffer.from(zip[`${chart.name}.csv`]!)).toEqual(read(`ru/downloads/data/${chart.name}.csv`));
      const readme = strFromU8(zip['README.md']!);
      expect(readme).toContain(`# ${chart.words.ru.title}: данные`);
      for (const name of header!) expect(readme, name).toContain(`| \`${name}\` |`);
      expect(readme).toContain(`URL: ${root}/ru/downloads/data/${chart.name}.zip`);
      // Its prose keeps Russian typography and leaves no English outside the listed names: code, addresses, the
      // publisher's own name and the Markdown aside.
      const prose = [
        ...readme
          .replaceAll(publisher, '')
          .replace(/`[^`]*`/g, '')
          .replace(/https?:\/\/\S+/g, '')
          // A pipe escaped in a table's cell is the cell's text.
          .replaceAll('\\|', '¦')
          .matchAll(/[^|#*\n]+/g),
      ]
        .map((m) => m[0].replace(/^\s*-\s+/, '').trim())
        .filter((part) => part && part !== '---');
      expect(prose.flatMap((part) => russianTextProblems(part, latinNames).map((problem) => `${part}: ${problem}`))).toEqual([]);
      for (const exception of json.licence_exceptions) expect(readme).toContain(`- ${exception}`);
    },
  );

  it('links each chart’s Russian data from the Russian kit’s entry for each chapter and from its data page', () => {
    for (const chapter of chapters) {
      const hrefs = (linking: BuiltPage) =>
        linking
          .$('a[download]')
          .toArray()
          .map((a) => linking.$(a).attr('href')!)
          .filter((href) => href.includes('/downloads/data/'));
      const slug = chapter.path.split('/')[3]!;
      const entry = {
        path: `/ru/educators/#chapter-${slug}`,
        $: load(kit.$.html(kit.$(`section[aria-labelledby="chapter-${slug}"]`))),
      } as BuiltPage;
      for (const linking of [entry, page(`${chapter.path}data/`)]) {
        expect(hrefs(linking).length, linking.path).toBeGreaterThan(0);
        for (const href of hrefs(linking)) expect(href, linking.path).toMatch(/^\/ru\/downloads\/data\/[\w-]+\.(csv|json|zip)$/);
      }
    }
  });

  it('has a presentation of every Russian chapter: the English slides in the same order, in Russian, the long steps set smaller', () => {
    for (const chapter of chapters) {
      const slides = page(chapter.path.replace('/chapters/', '/present/'));
      const english = englishOf(slides);
      const ids = (p: BuiltPage) =>
        p
          .$('[data-slide]')
          .toArray()
          .map((s) => p.$(s).attr('id'));
      expect(slides.$('html').attr('lang')).toBe('ru');
      expect(ids(slides), slides.path).toEqual(ids(english));
      expect(slides.$('h1').text()).toBe(chapter.$('h1').first().text());
    }
    // A Russian step runs longer than its English twin: more of its slides set the text smaller.
    const smaller = (p: BuiltPage) => p.$('.slide__text[data-text-scale]').length;
    const all = (prefix: string) => pages.filter((p) => p.path.startsWith(prefix)).reduce((n, p) => n + smaller(p), 0);
    expect(all('/ru/present/')).toBeGreaterThan(0);
    expect(all('/present/'), 'no English step is set smaller').toBe(0);
  });

  it('has a quiz sheet for every English one: the same questions, choices and answers, in Russian, citing the Russian sources', () => {
    const sheets = pages.filter((p) => p.path.startsWith('/educators/quiz/'));
    expect(sheets.length).toBeGreaterThan(0);
    let lettered = 0;
    for (const english of sheets) {
      const sheet = page(`/ru${english.path}`);
      expect(sheet, english.path).toBeDefined();
      expect(sheet.$('html').attr('lang')).toBe('ru');
      const chapter = page(english.path.replace('/educators/quiz/', '/ru/chapters/'));
      expect(sheet.$('h1').text()).toBe(chapter.$('h1').first().text());
      const kinds = (p: BuiltPage) =>
        p
          .$('.quiz__question')
          .toArray()
          .map((q) => p.$(q).attr('data-quiz-kind'));
      const choices = (p: BuiltPage) =>
        p
          .$('.quiz__choices li')
          .toArray()
          .map((li) => p.$(li).attr('data-choice'));
      // The key's letter for each multiple-choice answer ("A. ", "А. "): the same choice in both editions, each lettered
      // in its own alphabet, as its list is.
      const letters = (p: BuiltPage, alphabet: string) =>
        p
          .$('.quiz-key .quiz-answer__value')
          .toArray()
          .map((v) => alphabet.indexOf(/^(\S)\. /.exec(p.$(v).text())?.[1] ?? '-'));
      expect(kinds(sheet), sheet.path).toEqual(kinds(english));
      expect(choices(sheet), sheet.path).toEqual(choices(english));
      expect(letters(sheet, 'АБВГДЕЖЗ'), sheet.path).toEqual(letters(english, 'ABCDEFGH'));
      lettered += letters(sheet, 'АБВГДЕЖЗ').filter((i) => i >= 0).length;
      const sources = sheet
        .$('.quiz-key a[href*="/sources/"]')
        .toArray()
        .map((a) => sheet.$(a).attr('href')!);
      expect(sources.length, sheet.path).toBeGreaterThan(0);
      for (const href of sources) expect(href, sheet.path).toMatch(/^\/ru\/sources\/#/);
      // Its hint leads to the chapter's quiz on the Russian lesson page.
      const lesson = sheet.$('.quiz-sheet__hint a');
      expect([lesson.attr('href'), lesson.attr('hreflang')]).toEqual([
        `/ru/educators/lesson/#quiz-${chapter.path.split('/')[3]}`,
        undefined,
      ]);
    }
    expect(lettered, 'multiple-choice answers in the keys').toBeGreaterThan(0);
  });

  it('cites each Russian chapter and each of its graphics as the Russian page, ГОСТ Р 7.0.5-2008 first, with its reference files and tags', () => {
    for (const chapter of chapters) {
      const slug = chapter.path.split('/')[3]!;
      const address = `${root}${chapter.path}`;
      const title = chapter.$('h1').first().text().trim();
      // The chapter's end links its entry in the Russian kit, which holds its citations and reference files.
      expect(chapter.$(`.chapter-cite a[href="/ru/educators/#chapter-${slug}"]`).length, chapter.path).toBe(1);
      const entry = kit.$(`section[aria-labelledby="chapter-${slug}"]`);
      const chapterCitations = entry.find('> copy-text > dl.citations');
      expect(
        chapterCitations
          .find('> dt')
          .toArray()
          .map((dt) => kit.$(dt).text()),
        chapter.path,
      ).toEqual(['ГОСТ', 'APA', 'MLA', 'Chicago']);
      const gost = chapterCitations.find('> dd').first();
      expect(gost.text()).toMatch(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\[Электронный ресурс\\] // `));
      expect(gost.text()).toContain(`URL: ${address} (дата обращения: [дата]).`);
      expect(gost.attr('data-accessed')).toBe('gost');
      for (const dd of chapterCitations.find('> dd').toArray()) expect(kit.$(dd).text()).toContain(address);
      for (const step of chapter.$('[data-step]').toArray()) {
        const id = chapter.$(step).attr('id')!;
        const cited = kit.$(`[id="kit-${id}"]`).find('dl.citations > dd').first().text();
        expect(cited, id).toContain(' [Электронный ресурс] : [график] // ');
        expect(cited, id).toContain(`URL: ${address}#${id} (`);
      }
      expect(chapter.$('meta[name="citation_public_url"]').attr('content')).toBe(address);
      expect(chapter.$('meta[name="citation_language"]').attr('content')).toBe('ru');
      for (const format of ['bib', 'ris']) {
        const href = `/ru/downloads/cite/${slug}.${format}`;
        expect(entry.find(`a[href="${href}"]`).length, href).toBe(1);
        const file = readFileSync(join(distDir, href), 'utf8');
        expect(file).toContain(title);
        expect(file).toContain(address);
      }
    }
  });

  it('has the English About page’s sections, and logs every correction in Russian, linked to the Russian chapter it corrected', () => {
    const [ours, theirs] = [page('/ru/about/').$, page('/about/').$];
    const ids = ($: CheerioAPI) =>
      $('main [id]')
        .map((_, el) => $(el).attr('id'))
        .get();
    expect(ids(ours)).toEqual(ids(theirs));
    const words = siteWords('ru');
    for (const correction of datasets.corrections) {
      const entry = ours(`[id="correction-${correction.id}"]`);
      expect(entry.text().replace(/\s+/g, ' '), correction.id).toContain(
        words[`correction.${correction.id}` as SiteWord].replace(/\s+/g, ' '),
      );
      const link = entry.find('a').attr('href');
      if (correction.chapter === 'site') expect(link, correction.id).toBeUndefined();
      else expect(link, correction.id).toBe(`/ru/chapters/${correction.chapter}/`);
    }
    // A chapter's links to its part of the teachers' page, its handout and its slides are its own edition's.
    for (const chapter of chapters) {
      expect(chapter.$('.chapter-cite a[href^="/educators/"]').length, `${chapter.path}: a link to the English teachers' page`).toBe(0);
      const slug = chapter.path.split('/')[3];
      for (const own of [`/ru/educators/#chapter-${slug}`, `/ru/handout/${slug}/`, `/ru/present/${slug}/`]) {
        const link = chapter.$(`.chapter-cite a[href="${own}"]`);
        expect(link.length, `${chapter.path} → ${own}`).toBe(1);
        expect(link.attr('hreflang')).toBeUndefined();
      }
    }
    // A chapter's "Updated" line leads to the corrections of its own edition.
    expect(chapters.some((c) => c.$('a[href="/ru/about/#corrections"]').length > 0)).toBe(true);
  });

  it('/ru/educators/ has a kit per Russian chapter, and every link in its own edition', () => {
    const educators = page('/ru/educators/')!;
    const kits = educators.$('.kit-chapter').toArray();
    expect(kits.map((kit) => educators.$(kit).find('a').first().attr('href')).sort()).toEqual(chapters.map((c) => c.path).sort());
    const links = educators
      .$('main a[href^="/"]')
      .toArray()
      .map((a) => ({ href: educators.$(a).attr('href')!, lang: educators.$(a).attr('hreflang') }));
    expect(links.filter((link) => !link.href.startsWith('/ru/') || link.lang)).toEqual([]);
    expect(links.filter((link) => link.href.startsWith('/ru/educators/lesson/#notes-')).length).toBe(chapters.length);
  });

  it('/ru/educators/lesson/ is the English lesson page in Russian: the same plans, timings, notes, quizzes and links, in its own edition', () => {
    const [english, ours] = [page('/educators/lesson/'), page('/ru/educators/lesson/')];
    const words = siteWords('ru');
    // The same anchors, so that a link to a plan, a note or a quiz works in either edition.
    const ids = (p: BuiltPage) =>
      p
        .$('main [id]')
        .toArray()
        .map((el) => p.$(el).attr('id'));
    expect(ids(ours)).toEqual(ids(english));
    // The same parts, in the same order, with the same minutes; each named in Russian.
    const rows = (p: BuiltPage) =>
      p
        .$('table.lesson-plan tbody tr')
        .toArray()
        .map((tr) => [p.$(tr).attr('data-phase'), p.$(tr).find('[data-minutes]').attr('data-minutes')]);
    expect(rows(ours)).toEqual(rows(english));
    expect(rows(ours).length).toBeGreaterThan(0);
    const phaseKey = {
      'warm-up': 'warmUp',
      reading: 'reading',
      task: 'task',
      discussion: 'discussion',
      'exit-ticket': 'exitTicket',
    } as const;
    ours.$('table.lesson-plan tbody tr').each((_, tr) => {
      const phase = ours.$(tr).attr('data-phase') as keyof typeof phaseKey;
      expect(ours.$(tr).find('.lesson-plan__phase').text()).toBe(words[`lesson.phase.${phaseKey[phase]}`]);
    });
    // Every link the English page has, to the same place in the Russian edition: chapters, steps, quiz sheets, sources.
    const links = (p: BuiltPage) =>
      p
        .$('main a[href]')
        .toArray()
        .map((a) => p.$(a).attr('href')!);
    expect(links(ours)).toEqual(links(english).map((href) => (href.startsWith('/') ? `/ru${href}` : href)));
    // A model answer under every question, and every quiz answer folded under its question, as in English.
    for (const selector of ['[data-teacher-note]', 'ol.quiz > li > details .quiz-answer', '.cite a'])
      expect(ours.$(selector).length, selector).toBe(english.$(selector).length);
  });

  it.each(russian)('$path keeps the rules of Russian typography and leaves no English outside the listed names', (page) => {
    const $ = page.$;
    const body = $('body').clone();
    // Code to copy (an embed snippet), the publisher's own name, what is marked as another language, what is not to be
    // translated (a web address) and a source's title, word for word as its page gives it, are not the site's Russian.
    body.find('script, style, code, [lang]:not([lang="ru"]), [translate="no"], cite, dt').remove();
    const blocks = body.find('p, li, h1, h2, h3, h4, summary, figcaption, caption, th, td, text').toArray();
    const problems = blocks.flatMap((block) => {
      // A graphic's words are blocks of their own (its <text>s), and so are a list item's paragraphs, headings and lists:
      // they are not run together into the text of the block they sit in. A list of citations (the educators' page's
      // steps) is left out as on a chapter's page, which holds them outside any block: the styles write them.
      const own = block.tagName === 'text' ? $(block) : $(block).clone().find('svg, p, ul, ol, h4, dl').remove().end();
      const text = own
        .text()
        .replace(/[ \t\n\r]+/g, ' ')
        .trim();
      return russianTextProblems(text, latinNames).map((problem) => `${text.slice(0, 60)}…: ${problem}`);
    });
    expect([...new Set(problems)]).toEqual([]);
  });
});

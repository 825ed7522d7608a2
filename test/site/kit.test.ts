import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { gzipSync } from 'node:zlib';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { builtPages, builtSiteRoot } from '../helpers/dist.ts';
import { builtChapters } from '../helpers/chapters-in-dist.ts';
import { quote } from '../../src/core/format.ts';
import { distDir, siteRoot } from '../helpers/paths.ts';

/** The educators' kit as built: embeds, downloads, handouts and the educators' page. */
const pages = new Map(builtPages().map((p) => [p.path, p]));
const file = (path: string) => readFileSync(join(distDir, path));
const site = 'Russia’s digital sovereignty, explained';
const origin = builtSiteRoot();
/** The address as a student types it from a projector: no scheme. */
const typed = origin.replace(/^https?:\/\//, '');
/** Who publishes this copy (content/publisher.json), named in every download's credit. */
const publisher = (JSON.parse(readFileSync(join(siteRoot, 'content/publisher.json'), 'utf8')) as { name: string }).name;
const publisherName = publisher.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const credit = `CC BY 4.0 · ${site} · published by ${publisher}`;
/** The light palette's page colour and grey, as a download writes them (src/core/tokens.ts). */
const paper = '#fdfcfa';
const grey = '#8a8780';
const steps = builtChapters.flatMap((chapter) =>
  chapter.steps.map((id, i) => ({
    id,
    number: i + 1,
    chapter: chapter.path,
    alt: pages
      .get(chapter.path)!
      .$(`#${id} .step__alt`)
      .text()
      .replace(/^Graphic: /, ''),
  })),
);

describe('embeds', () => {
  it('there is a step to embed in every chapter', () => {
    expect(steps.length).toBeGreaterThan(30);
  });

  it.each(steps)('/embed/$id/ shows the graphic, title, caption, sources, date, credit and a link back', ({ id, number, chapter, alt }) => {
    const page = pages.get(`/embed/${id}/`);
    expect(page, `no embed page for ${id}`).toBeDefined();
    const { $ } = page!;
    expect($('.embed__graphic svg.frame').length).toBe(2);
    // The title is the heading the frame draws; the h1 repeats it for assistive technology, hidden from view.
    const heading = $('svg.frame--wide text.chart-heading')
      .toArray()
      .map((el) => $(el).text())
      .join(' ');
    expect($('h1.embed__title').text()).toBe(heading);
    expect(heading).not.toBe('');
    expect($('figcaption').text()).toBe(alt);
    const text = $('body').text().replace(/\s+/g, ' ');
    expect(text).toMatch(/Sources?: \S/);
    expect(text).toMatch(/As of \d{1,2} \w+ \d{4}/);
    const credit = $('.embed__credit');
    expect(credit.text().replace(/\s+/g, ' ')).toMatch(
      new RegExp(`^ ?CC BY 4\\.0 · ${site} · Step ${number} of chapter \\d, “[^”]+” · Published by ${publisherName} ?$`),
    );
    expect(credit.find('a[rel="license"]').attr('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(credit.find(`a[href="${origin}${chapter}#${id}"]`).text()).toContain(`Step ${number} of chapter`);
    expect($('header, nav, footer, script[src]').length).toBe(0);
    expect($('[src^="http"], link[href^="http"]:not([rel="canonical"])').length).toBe(0);
  });

  it('/embed.js, the optional host script, is a few hundred bytes gzipped', () => {
    const script = file('embed.js');
    expect(script.toString('utf8')).toContain('digital-sovereignty:height');
    expect(gzipSync(script, { level: 9 }).length).toBeLessThan(700);
  });
});

describe('downloads', () => {
  it.each(steps)(
    '$id: a PNG at least 1,200 px wide and an SVG, both with title, source, date, address and credit naming the publisher',
    async ({ id, chapter }) => {
      const svg = file(`downloads/${id}.svg`).toString('utf8');
      expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      // A line too long for the graphic's width wraps onto the next: read the text as a reader does, line after line.
      const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
      for (const needed of [`${origin}${chapter}#${id}`, credit, 'As of ', 'Source']) expect(text).toContain(needed);
      expect(svg).not.toMatch(/class=|var\(/);
      const png = await sharp(file(`downloads/${id}.png`)).metadata();
      expect(png.format).toBe('png');
      expect(png.width).toBeGreaterThanOrEqual(1200);
      const svgWidth = Number(/width="(\d+)"/.exec(svg)![1]);
      expect(png.width).toBe(svgWidth * 2);
    },
  );

  it.each(steps)('$id: the SVG’s key explains its hollow bars and grey circles, and only where it draws them', ({ id }) => {
    const svg = file(`downloads/${id}.svg`).toString('utf8');
    // The graphic is the first group; the key, when there is one, comes after it.
    const chart = /<g transform="[^"]*">([\s\S]*?)<\/g>/.exec(svg)![1]!;
    const hollowBar = new RegExp(`<rect fill="${paper}" stroke="#[0-9a-f]{6}"`).test(chart);
    const greyCircle = new RegExp(`<circle fill="${grey}"|<circle fill="${paper}" stroke="${grey}"`).test(chart);
    expect(svg.includes('Hollow bar: reported, from a secondary source'), 'hollow bars').toBe(hollowBar);
    expect(svg.includes('Grey circle: not picked out at this step'), 'grey circles').toBe(greyCircle);
  });

  it('some step draws hollow bars and some grey circles, so the key is tested both ways', () => {
    const svgs = steps.map(({ id }) => file(`downloads/${id}.svg`).toString('utf8'));
    expect(svgs.filter((svg) => svg.includes('Hollow bar:')).length).toBeGreaterThan(0);
    expect(svgs.filter((svg) => svg.includes('Grey circle:')).length).toBeGreaterThan(0);
    expect(svgs.filter((svg) => !svg.includes('Hollow bar:') && !svg.includes('Grey circle:')).length).toBeGreaterThan(0);
  });

  it.each(steps)('$id: a 1920×1080 PNG for slides', ({ id }) => {
    const png = file(`downloads/${id}.slide.png`);
    // The signature, then the IHDR chunk: width and height as big-endian 32-bit integers at bytes 16 and 20.
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
  });

  const charts = ['user-shares', 'ban-sequence', 'population-coverage'];
  const csvRows = (csv: string) => {
    const lines = csv.slice(1).trimEnd().split('\r\n');
    const header = lines[0]!.slice(1, -1).split('","');
    return {
      lines,
      header,
      rows: lines.slice(1).map((line) =>
        Object.fromEntries(
          line
            .slice(1, -1)
            .split('","')
            .map((cell, i) => [header[i]!, cell]),
        ),
      ),
    };
  };
  it.each(charts)(
    '%s.csv opens right in a spreadsheet: BOM, quoted fields, ISO dates, source, publisher and licence on every row',
    (chart) => {
      const csv = file(`downloads/data/${chart}.csv`).toString('utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const { lines, header, rows } = csvRows(csv);
      expect(header).toEqual(expect.arrayContaining(['source_title', 'source_url', 'as_of', 'published_by', 'licence']));
      expect(lines.length).toBeGreaterThan(5);
      for (const line of lines.slice(1)) expect(line).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
      for (const row of rows) {
        expect(row.source_url).toMatch(/^https?:\/\//);
        expect(row.as_of).toMatch(/^\d{4}(-\d{2}){0,2}$/);
        expect(row.published_by).toBe(publisher);
        expect(row.month ?? row.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      }
    },
  );

  it.each(charts)('%s.csv: a figure measured by Mediascope or Rosstat is excepted from CC BY; the site’s own rows are CC BY', (chart) => {
    for (const row of csvRows(file(`downloads/data/${chart}.csv`).toString('utf8')).rows) {
      const owner = row.measured_by?.split(',')[0];
      if (owner) {
        expect(row.licence).toBe(`Excepted: ${owner}’s figure, not licensed by us`);
        expect(row.licence_url).toBe(`${origin}/about/#licence`);
      } else {
        expect(row.licence).toBe('CC BY 4.0');
        expect(row.licence_url).toBe('https://creativecommons.org/licenses/by/4.0/');
      }
    }
  });

  it.each(charts)('%s.zip holds the same CSV and a README that cites it, credits the publisher and gives the licence', (chart) => {
    const files = unzipSync(new Uint8Array(file(`downloads/data/${chart}.zip`)));
    expect(Object.keys(files).sort()).toEqual(['README.md', `${chart}.csv`]);
    expect(Buffer.from(files[`${chart}.csv`]!)).toEqual(file(`downloads/data/${chart}.csv`));
    const readme = strFromU8(files['README.md']!);
    expect(readme).toContain(`[Data set]. ${site}. ${origin}/downloads/data/${chart}.zip`);
    // Quoted, the publisher's own quotation marks nested inside.
    expect(readme).toContain(quote(credit));
    expect(readme).toMatch(/## Licence[\s\S]*Excepted, and not licensed by us:[\s\S]*Mediascope’s/);
  });

  it.each(charts)('%s.json has the same rows as the CSV, credited and licensed', (chart) => {
    const json = JSON.parse(file(`downloads/data/${chart}.json`).toString('utf8'));
    const csvRows = file(`downloads/data/${chart}.csv`).toString('utf8').trimEnd().split('\r\n').length - 1;
    expect(json).toMatchObject({ site, publisher, credit, licence: 'CC BY 4.0' });
    expect(json.rows).toHaveLength(csvRows);
    for (const row of json.rows) expect(row.source_url).toMatch(/^https?:\/\//);
  });

  it.each(steps)('$id: its step card links its entry in the educators’ kit, which links its PNG, SVG, CSV and JSON', ({ id, chapter }) => {
    expect(pages.get(chapter)!.$(`#${id} .step-share .step-share__more a`).attr('href')).toBe(`/educators/#kit-${id}`);
    const { $ } = pages.get('/educators/')!;
    const hrefs = $(`#kit-${id}`)
      .find('a[download]')
      .toArray()
      .map((a) => $(a).attr('href')!);
    expect(hrefs).toEqual(
      expect.arrayContaining([
        `/downloads/${id}.png`,
        `/downloads/${id}.svg`,
        expect.stringMatching(/^\/downloads\/data\/[\w-]+\.csv$/),
        expect.stringMatching(/\.json$/),
      ]),
    );
  });

  it('each chart’s data table, on its chapter’s data page, links its CSV and JSON', () => {
    for (const chapter of builtChapters) {
      const { $ } = pages.get(`${chapter.path}data/`)!;
      expect($('.data-table').length).toBeGreaterThan(0);
      $('.data-table').each((_, table) => {
        const hrefs = $(table)
          .find('.data-downloads a[download]')
          .toArray()
          .map((a) => $(a).attr('href'));
        expect(hrefs.some((h) => h?.endsWith('.csv'))).toBe(true);
        expect(hrefs.some((h) => h?.endsWith('.json'))).toBe(true);
      });
    }
  });
});

describe('citations and share panels', () => {
  it.each(steps)(
    '$id: its card has a plain link to the step, and its kit entry APA, MLA and Chicago citations with its #id and its embed code',
    ({ id, chapter }) => {
      const share = pages.get(chapter)!.$(`#${id} .step-share`);
      expect(share.find(`a[href="#${id}"]`).text()).toMatch(/Copy link to this step/);
      expect(share.find('.step-share__more a').text()).toBe('Embed, download or cite this graphic');
      const { $ } = pages.get('/educators/')!;
      const entry = $(`#kit-${id}`);
      expect(
        entry
          .find('dt')
          .toArray()
          .map((dt) => $(dt).text()),
      ).toEqual(['APA', 'MLA', 'Chicago']);
      for (const dd of entry.find('dd').toArray()) expect($(dd).text()).toContain(`${chapter}#${id}`.slice(1));
      expect(entry.find('dd').first().text()).toMatch(/\(\d{4}, \w+ \d{1,2}\)/);
      expect(entry.find('code[data-embed-snippet]').text()).toContain(`<iframe src="${origin}/embed/${id}/"`);
    },
  );

  it.each(builtChapters)('$path ends with links to its entry in the educators’ kit and to its handout', ({ path }) => {
    const { $ } = pages.get(path)!;
    const cite = $('.chapter-cite');
    expect(cite.find(`a[href="/educators/#chapter-${path.split('/')[2]}"]`).length).toBe(1);
    expect(cite.find(`a[href="/handout${path.replace('/chapters', '')}"]`).length).toBe(1);
  });
});

describe('handouts', () => {
  /** The chapter's number in the story, from its kicker ("Chapter 2 of 5"). */
  const orderOf = (path: string) => Number(/Chapter (\d+) of/.exec(pages.get(path)!.$('.kicker').text())![1]);

  it.each(builtChapters)(
    '$path has a handout: objectives, questions with room to answer, every step with its still, summary and short link, and its sources',
    ({ path, steps: ids }) => {
      const slug = path.split('/')[2]!;
      const order = orderOf(path);
      const { $ } = pages.get(`/handout/${slug}/`)!;
      expect($('h1').text()).toBe(pages.get(path)!.$('h1').text());
      expect($('.handout__front .as-of').text()).toBe(pages.get(path)!.$('.chapter-head .as-of').text());
      expect($('#objectives + ul li').length).toBeGreaterThan(0);
      const questions = $('#questions + ol > li').toArray();
      expect(questions.length).toBeGreaterThan(0);
      for (const question of questions) expect($(question).find('.handout__answer').length).toBe(1);
      expect($('.handout__front a[data-short-link]').attr('href')).toBe(`/s/${order}/`);
      expect(
        $('[data-handout-step]')
          .toArray()
          .map((el) => $(el).attr('data-handout-step')),
      ).toEqual(ids);
      ids.forEach((id, i) => {
        const step = $(`[data-handout-step="${id}"]`);
        expect(step.find('svg.frame--narrow').length).toBe(1);
        expect(step.find('h3').text()).toBe(`Step ${i + 1}`);
        // The summary is the start of what the graphic shows, cut between words when it is long.
        const alt = steps.find((s) => s.id === id)!.alt;
        const summary = step.find('.handout-step__summary').text();
        expect(summary.length, id).toBeGreaterThan(20);
        expect(alt.startsWith(summary.replace(/…$/, '')), `${id}: “${summary}”`).toBe(true);
        const link = step.find('a[data-short-link]');
        expect(link.attr('href')).toBe(`/s/${order}-${i + 1}/`);
        expect(link.text()).toBe(`${typed}/s/${order}-${i + 1}/`);
      });
      const sources = $('[data-handout-sources]');
      expect(sources.find(`a[href="/sources/#sources-${slug}"]`).text()).toBe(`${typed}/sources/#sources-${slug}`);
      expect(sources.find(`a[data-full-list]`).attr('href')).toBe(`/handout/${slug}/sources/`);
      expect(sources.find(`img[src="/handout/${slug}/sources-qr.svg"]`).length).toBe(1);
      expect($('script').length).toBe(0);
    },
  );

  it.each(builtChapters)('the sources page has a section for $path, which its printable list gives in full, with every URL', ({ path }) => {
    const slug = path.split('/')[2]!;
    const { $ } = pages.get('/sources/')!;
    const section = $(`h2#sources-${slug}`).closest('section');
    expect(section.find(`h2 a[href="${path}"]`).length).toBe(1);
    const listed = section
      .find('.source-list > li a[rel~="external"]')
      .toArray()
      .map((a) => $(a).attr('href'));
    expect(listed.length).toBeGreaterThan(0);
    expect(section.find(`a[href="/handout/${slug}/sources/"]`).length).toBe(1);
    const printable = pages.get(`/handout/${slug}/sources/`)!.$;
    const printed = printable('.handout__source-list a')
      .toArray()
      .map((a) => printable(a));
    expect(printed.map((a) => a.attr('href'))).toEqual(listed);
    for (const a of printed) expect(a.text()).toBe(a.attr('href'));
    expect(printable('.citations dd').first().text()).toContain(`${origin}${path}`);
  });

  it.each(builtChapters.flatMap((chapter) => ['', '/ru'].map((edition) => ({ ...chapter, edition }))))(
    'the QR codes of $edition$path’s handout open the chapter and its section of the sources page, in its edition',
    async ({ path, edition }) => {
      const slug = path.split('/')[2]!;
      for (const [qr, opens] of [
        ['qr.svg', `${origin}${edition}${path}`],
        ['sources-qr.svg', `${origin}${edition}/sources/#sources-${slug}`],
      ]) {
        const { data, info } = await sharp(file(`${edition.slice(1)}${edition ? '/' : ''}handout/${slug}/${qr}`), { density: 300 })
          .ensureAlpha()
          .raw()
          .toBuffer({ resolveWithObject: true });
        expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(opens);
      }
    },
  );
});

describe.each(['', '/ru'])('short links of the edition at "%s/"', (edition) => {
  const shortLinks = [...pages.keys()].filter((path) => path.startsWith(`${edition}/s/`));
  /** Where a short link's page sends the reader: its meta refresh's URL, which must come at once. */
  const target = (path: string) => {
    const refresh = /^0; url=(\S+)$/.exec(pages.get(path)!.$('meta[http-equiv="refresh"]').attr('content') ?? '');
    expect(refresh, `${path} has no immediate meta refresh`).not.toBeNull();
    return refresh![1]!;
  };
  const expected = builtChapters.flatMap(({ path, steps: ids }) => {
    const order = Number(/Chapter (\d+) of/.exec(pages.get(path)!.$('.kicker').text())![1]);
    const to = `${edition}${path}`;
    return [
      { link: `${edition}/s/${order}/`, to },
      ...ids.map((id, i) => ({ link: `${edition}/s/${order}-${i + 1}/`, to: `${to}#${id}` })),
    ];
  });

  it('there is one for each chapter and each step, and no other', () => {
    expect(shortLinks.sort()).toEqual(expected.map((e) => e.link).sort());
  });

  it.each(expected)('$link leads to $to without a script, shows the link, and is not indexed', ({ link, to }) => {
    const { $ } = pages.get(link)!;
    expect(target(link)).toBe(to);
    const [page, id] = to.split('#');
    if (id) expect(pages.get(page!)!.$(`[data-step][id="${id}"]`).length).toBe(1);
    expect($('link[rel="canonical"]').attr('href')).toBe(`${origin}${to}`);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($(`main a[href="${to}"]`).text()).toBe(`${origin}${to}`);
    expect($('script').length).toBe(0);
  });
});

describe('the educators’ page', () => {
  const { $ } = pages.get('/educators/')!;

  it('loads one script, the copy buttons’ (src/components/share/copy-text.ts), through the loader that waits for its first paint', () => {
    const loader = $('script');
    expect(loader.length).toBe(1);
    expect([...loader.text().matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1])).toEqual([expect.stringMatching(/^\/_astro\/[^/]+\.js$/)]);
  });

  it.each(builtChapters)('offers $path’s handout and, for every step, its link, embed code and APA citation', ({ path, steps: ids }) => {
    const slug = path.split('/')[2]!;
    const section = $(`#chapter-${slug}`).closest('section');
    expect(section.find(`a[href="/handout/${slug}/"]`).text()).toBe('Print handout');
    for (const id of ids) {
      const step = section.find(`#kit-${id}`);
      expect(step.find(`a[href="${path}#${id}"]`).length).toBe(1);
      expect(step.find('[data-embed-snippet]').text()).toContain(`src="${origin}/embed/${id}/"`);
      expect(step.find('dt:contains("APA") + dd').text()).toContain(`${origin}${path}#${id}`);
    }
  });
});

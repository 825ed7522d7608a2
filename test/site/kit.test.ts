import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { builtChapters } from '../helpers/chapters-in-dist.ts';
import { distDir, siteRoot } from '../helpers/paths.ts';

/** The educators' kit as built: embeds, downloads, handouts and the educators' page. */
const pages = new Map(builtPages().map((p) => [p.path, p]));
const file = (path: string) => readFileSync(join(distDir, path));
const site = 'Russia’s digital sovereignty, explained';
const publisherName = (JSON.parse(readFileSync(join(siteRoot, 'content/publisher.json'), 'utf8')) as { name: string }).name.replace(
  /[.*+?^${}()|[\]\\]/g,
  '\\$&',
);
const origin = 'https://digital-sovereignty.example.org';
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
    expect($('svg.frame').length).toBe(2);
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
    '$id: a PNG at least 1,200 px wide and an SVG, both with title, source, date, address and credit',
    async ({ id, chapter }) => {
      const svg = file(`downloads/${id}.svg`).toString('utf8');
      expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      for (const needed of [`${origin}${chapter}#${id}`, `CC BY 4.0 · ${site}`, 'As of ', 'Source']) expect(svg).toContain(needed);
      expect(svg).not.toMatch(/class=|var\(/);
      const png = await sharp(file(`downloads/${id}.png`)).metadata();
      expect(png.format).toBe('png');
      expect(png.width).toBeGreaterThanOrEqual(1200);
      const svgWidth = Number(/width="(\d+)"/.exec(svg)![1]);
      expect(png.width).toBe(svgWidth * 2);
    },
  );

  const charts = ['user-shares', 'ban-sequence', 'population-coverage'];
  it.each(charts)('%s.csv opens right in a spreadsheet: BOM, quoted fields, ISO dates, source and licence on every row', (chart) => {
    const csv = file(`downloads/data/${chart}.csv`).toString('utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    const header = lines[0]!.slice(1, -1).split('","');
    expect(header).toEqual(expect.arrayContaining(['source_title', 'source_url', 'as_of', 'licence']));
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines.slice(1)) {
      expect(line).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
      const cells = line.slice(1, -1).split('","');
      const row = Object.fromEntries(header.map((h, i) => [h, cells[i]]));
      expect(row.source_url).toMatch(/^https?:\/\//);
      expect(row.as_of).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(row.licence).toBe('CC BY 4.0');
      expect(row.month ?? row.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    }
  });

  it.each(charts)('%s.json has the same rows as the CSV, credited and licensed', (chart) => {
    const json = JSON.parse(file(`downloads/data/${chart}.json`).toString('utf8'));
    const csvRows = file(`downloads/data/${chart}.csv`).toString('utf8').trimEnd().split('\r\n').length - 1;
    expect(json).toMatchObject({ publisher: site, licence: 'CC BY 4.0' });
    expect(json.rows).toHaveLength(csvRows);
    for (const row of json.rows) expect(row.source_url).toMatch(/^https?:\/\//);
  });

  it.each(steps)('$id: its step card and the educators’ page link its PNG, SVG, CSV and JSON', ({ id, chapter }) => {
    for (const path of [chapter, '/educators/']) {
      const { $ } = pages.get(path)!;
      const scope = path === chapter ? $(`#${id} .step-share`) : $(`#kit-${id}`);
      const hrefs = scope
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
    }
  });

  it('each chart’s data table links its CSV and JSON', () => {
    for (const chapter of builtChapters) {
      const { $ } = pages.get(chapter.path)!;
      $('details.data-table').each((_, table) => {
        const hrefs = $(table)
          .next('.data-downloads')
          .find('a[download]')
          .toArray()
          .map((a) => $(a).attr('href'));
        expect(hrefs.some((h) => h?.endsWith('.csv'))).toBe(true);
        expect(hrefs.some((h) => h?.endsWith('.json'))).toBe(true);
      });
    }
  });
});

describe('citations and share panels', () => {
  it.each(steps)('$id: its card has a plain link to the step and APA, MLA and Chicago citations with its #id', ({ id, chapter }) => {
    const { $ } = pages.get(chapter)!;
    const share = $(`#${id} .step-share`);
    expect(share.find(`a[href="#${id}"]`).text()).toMatch(/Copy link to this step/);
    expect(
      share
        .find('dt')
        .toArray()
        .map((dt) => $(dt).text()),
    ).toEqual(['APA', 'MLA', 'Chicago']);
    for (const dd of share.find('dd').toArray()) expect($(dd).text()).toContain(`${chapter}#${id}`.slice(1));
    expect(share.find('dd').first().text()).toMatch(/\(\d{4}, \w+ \d{1,2}\)/);
    expect(share.find('code').text()).toContain(`<iframe src="${origin}/embed/${id}/"`);
  });

  it.each(builtChapters)('$path ends with the chapter’s citation and a link to its handout', ({ path }) => {
    const { $ } = pages.get(path)!;
    const cite = $('.chapter-cite');
    expect(cite.find('dd').first().text()).toContain(`${origin}${path}`);
    expect(cite.find(`a[href="/handout${path.replace('/chapters', '')}"]`).length).toBe(1);
  });
});

describe('handouts', () => {
  it.each(builtChapters)(
    '$path has a handout with every step, its address and snapshot, objectives, questions and sources',
    ({ path, steps: ids }) => {
      const slug = path.split('/')[2]!;
      const { $ } = pages.get(`/handout/${slug}/`)!;
      expect(
        $('[data-handout-step]')
          .toArray()
          .map((el) => $(el).attr('data-handout-step')),
      ).toEqual(ids);
      for (const id of ids) {
        const step = $(`[data-handout-step="${id}"]`);
        expect(step.find('.handout-step__url').text()).toBe(`${origin}${path}#${id}`);
        expect(step.find('svg.frame').length).toBe(1);
      }
      expect($('#objectives + ul li').length).toBeGreaterThan(0);
      expect($('#questions + ol li').length).toBeGreaterThan(0);
      const sources = $('.handout__sources a')
        .toArray()
        .map((a) => $(a).text());
      expect(sources.length).toBeGreaterThan(0);
      for (const url of sources) expect(url).toMatch(/^https?:\/\//);
      expect($('script').length).toBe(0);
    },
  );

  it.each(builtChapters)('the QR code of $path opens the chapter', async ({ path }) => {
    const slug = path.split('/')[2]!;
    const { data, info } = await sharp(file(`handout/${slug}/qr.svg`), { density: 300 })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const code = jsQR(new Uint8ClampedArray(data), info.width, info.height);
    expect(code?.data).toBe(`${origin}${path}`);
  });
});

describe('the educators’ page', () => {
  const { $ } = pages.get('/educators/')!;

  it('loads no script', () => {
    expect($('script').length).toBe(0);
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

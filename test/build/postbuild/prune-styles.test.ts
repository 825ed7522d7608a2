import { describe, expect, it } from 'vitest';
import { pruneStyles } from '../../../src/build/postbuild/prune-styles.ts';

const page = (css: string, body: string) => `<!doctype html><html><head><style>${css}</style></head><body>${body}</body></html>`;
const styleOf = (html: string) => /<style>([\s\S]*)<\/style>/.exec(html)![1];

describe('pruneStyles', () => {
  const css =
    '@layer base,charts;@layer base{:root{--ink:#111;--c-max:#793480}:focus-visible{outline:2px solid}p{color:var(--ink)}h3{margin:0}}' +
    '@layer charts{.bar{fill:var(--c-max)}.event{r:5px}@container (min-width:640px){.bar{x:1}}}.copy-text__button{font:inherit}';

  it('keeps the rules that match the page, and drops the others with the custom properties only they read', async () => {
    const css2 = styleOf(await pruneStyles(page(css, '<p>Text</p><svg><circle class="event"/></svg>'), []));
    expect(css2).toBe(
      '@layer base,charts;@layer base{:root{--ink:#111}:focus-visible{outline:2px solid}p{color:var(--ink)}}@layer charts{.event{r:5px}}',
    );
  });

  it('keeps the rules for what the scripts create', async () => {
    const html = await pruneStyles(page(css, '<p>Text</p>'), ["b.className='copy-text__button'"]);
    expect(styleOf(html)).toContain('.copy-text__button{font:inherit}');
  });

  it('keeps the custom properties the scripts read', async () => {
    const html = await pruneStyles(page(':root{--layout:stacked;--unused:1}', '<p>Text</p>'), [
      "getComputedStyle(e).getPropertyValue('--layout')",
    ]);
    expect(styleOf(html)).toBe(':root{--layout:stacked}');
  });

  it('keeps the custom properties an inline module reads, as the single-file edition carries its scripts', async () => {
    const html = await pruneStyles(
      page(
        ':root{--layout:stacked;--unused:1}',
        `<p>Text</p><script type="module">getComputedStyle(e).getPropertyValue('--layout')</script>`,
      ),
      [],
    );
    expect(styleOf(html)).toBe(':root{--layout:stacked}');
  });

  it('keeps rules on data- and aria- attributes, which scripts may set unseen', async () => {
    const html = await pruneStyles(page('.step[data-live]{a:1}.step[aria-current=step]{b:1}.gone{c:1}', '<p class="step">x</p>'), [
      'el.dataset.live=""',
    ]);
    expect(styleOf(html)).toBe('.step[data-live]{a:1}.step[aria-current=step]{b:1}');
  });

  it('drops a class that only begins like a data- attribute, where the page has none', async () => {
    const html = await pruneStyles(page('.data-table{a:1}.data-link{b:1}', '<p class="data-link">x</p>'), []);
    expect(styleOf(html)).toBe('.data-link{b:1}');
  });

  it('states the cascade’s order once, and drops the blocks pruning left empty', async () => {
    const html = await pruneStyles(
      page('@layer base,charts;@layer base{p{a:1}}@layer base,charts;@layer charts{.gone{b:1}}@media print{.gone{c:1}}', '<p>x</p>'),
      [],
    );
    expect(styleOf(html)).toBe('@layer base,charts;@layer base{p{a:1}}');
  });

  it('prunes several style elements as one stylesheet, into the first', async () => {
    const html = await pruneStyles(
      '<html><head><style>:root{--ink:#111;--gone:1}</style><style>p{color:var(--ink)}.gone{x:1}</style></head><body><p>x</p></body></html>',
      [],
    );
    expect(html).toBe('<html><head><style>:root{--ink:#111}\np{color:var(--ink)}</style></head><body><p>x</p></body></html>');
  });

  it('leaves a page without inline styles unchanged', async () => {
    const html = '<!doctype html><html><body><p class="bar">x</p></body></html>';
    expect(await pruneStyles(html, [])).toBe(html);
  });
});

import { describe, expect, it } from 'vitest';
import { withKitCitations } from '../../../src/build/single/kit-citations.ts';

const kit = [
  '<section class="kit-chapter" aria-labelledby="chapter-one"><h2 id="chapter-one">1</h2><copy-text><dl class="citations"><dt>APA</dt><dd>One.</dd></dl></copy-text>',
  '<details><dl class="citations"><dt>APA</dt><dd>Step.</dd></dl></details></section>',
  '<section class="kit-chapter" aria-labelledby="chapter-two"><copy-text><dl class="citations"><dt>APA</dt><dd>Two.</dd></dl></copy-text></section>',
].join('');
const chapter =
  '<main><section class="chapter-cite" aria-labelledby="cite-this-chapter"> <h2 id="cite-this-chapter">Cite</h2> <p>In the kit.</p></section></main>';

describe('withKitCitations', () => {
  it('puts the chapter’s own citations from its kit entry after its “cite this chapter” heading', () => {
    expect(withKitCitations(chapter, kit, 'two', 'chapters/two/index.html')).toBe(
      '<main><section class="chapter-cite" aria-labelledby="cite-this-chapter"> <h2 id="cite-this-chapter">Cite</h2><dl class="citations"><dt>APA</dt><dd>Two.</dd></dl> <p>In the kit.</p></section></main>',
    );
    expect(withKitCitations(chapter, kit, 'one', 'chapters/one/index.html')).toContain('<dd>One.</dd></dl> <p>');
  });

  it('says which is missing: the kit’s entry, or the chapter’s heading', () => {
    expect(() => withKitCitations(chapter, kit, 'three', 'chapters/three/index.html')).toThrow(
      "the educators' kit has no citations of three",
    );
    expect(() => withKitCitations('<main></main>', kit, 'one', 'chapters/one/index.html')).toThrow(
      'chapters/one/index.html has no "cite this chapter" heading',
    );
  });
});

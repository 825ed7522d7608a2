import { describe, expect, it } from 'vitest';
import { embedSnippet, type EmbedCode } from '../../../src/build/kit/embed-snippet.ts';

const code: EmbedCode = {
  src: 'https://example.org/explainer/embed/reach-july-2025/',
  title: 'Reach "July" & more',
  height: 712,
  script: 'https://example.org/explainer/embed.js',
};

describe('embed snippet', () => {
  it('is a full-width iframe at the measured height, then the optional host script, with its title escaped', () => {
    expect(embedSnippet(code)).toBe(
      '<iframe src="https://example.org/explainer/embed/reach-july-2025/" title="Reach &quot;July&quot; &amp; more" ' +
        'width="100%" height="712" loading="lazy" style="width:100%;height:712px;border:0"></iframe>' +
        '<script async src="https://example.org/explainer/embed.js"></script>',
    );
  });

  it('has no aspect ratio or least height that could fight the fixed height', () => {
    expect(embedSnippet(code)).not.toMatch(/aspect-ratio|min-height|height:auto/);
  });

  it('leaves the script out when asked, and the frame keeps its height', () => {
    expect(embedSnippet(code, { script: false })).toMatch(/^<iframe [^>]*height="712"[^>]*><\/iframe>$/);
  });

  it('fixes the colour scheme with ?theme= when asked; auto, the default, adds nothing', () => {
    expect(embedSnippet(code, { theme: 'dark' })).toContain('src="https://example.org/explainer/embed/reach-july-2025/?theme=dark"');
    expect(embedSnippet(code, { theme: 'light' })).toContain('/reach-july-2025/?theme=light"');
    expect(embedSnippet(code, { theme: 'auto' })).toBe(embedSnippet(code));
  });
});

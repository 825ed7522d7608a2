import { describe, expect, it } from 'vitest';
import { htmlText } from '../../src/core/html-text.ts';

describe('htmlText', () => {
  it('drops the tags and decodes the references HTML escapes with', () => {
    expect(htmlText('<i>Title</i> &amp; &lt;b&gt; &quot;x&quot; &#8220;y&#8221;')).toBe('Title & <b> "x" “y”');
  });
});

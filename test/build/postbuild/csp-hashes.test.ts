import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, policyWithHashes } from '../../../src/build/postbuild/csp-hashes.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineHashes', () => {
  it('hashes every inline script and style, once each, and no script with a src or JSON data', () => {
    const html =
      '<head><style>a{color:red}</style><style>a{color:red}</style></head><body><script type="module">go()</script>' +
      '<script type="module" src="/a.js"></script><script type="application/json">{"a":1}</script></body>';
    expect(inlineHashes(html)).toEqual({ scripts: [hash('go()')], styles: [hash('a{color:red}')] });
  });

  it('hashes the exact text, non-ASCII included, as the browser does (UTF-8)', () => {
    expect(inlineHashes('<style>q::before{content:"“"}</style>').styles).toEqual([hash('q::before{content:"“"}')]);
  });
});

describe('policyWithHashes', () => {
  const policy = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";

  it('adds script hashes to script-src and style hashes to style-src, and nothing else', () => {
    expect(policyWithHashes(policy, { scripts: ["'sha256-s'"], styles: ["'sha256-a'", "'sha256-b'"] })).toBe(
      "default-src 'self'; script-src 'self' 'sha256-s'; style-src 'self' 'sha256-a' 'sha256-b'; object-src 'none'",
    );
  });

  it('leaves the policy as it is when there is nothing inline', () => {
    expect(policyWithHashes(policy, { scripts: [], styles: [] })).toBe(policy);
  });
});

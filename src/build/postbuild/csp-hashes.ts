import { createHash } from 'node:crypto';

/** The CSP hash sources of a page's inline scripts and styles. */
export interface InlineHashes {
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const contents = (html: string, tag: 'script' | 'style') =>
  // An inline element: no `src` (a script with one is a file, which 'self' allows).
  [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))]
    .filter((match) => !/\ssrc=/.test(match[1] ?? '') && !/type="application\/(?:ld\+)?json"/.test(match[1] ?? ''))
    .map((match) => match[2]!);

/** The hash of every inline `<script>` and `<style>` in a built page, in order, without repeats. */
export function inlineHashes(html: string): InlineHashes {
  return {
    scripts: [...new Set(contents(html, 'script').map(sha256))],
    styles: [...new Set(contents(html, 'style').map(sha256))],
  };
}

/**
 * The policy with these hashes added to its script-src and style-src: it then allows exactly those inline elements,
 * and still no other inline script or style ('unsafe-inline' is never added).
 */
export function policyWithHashes(policy: string, hashes: InlineHashes): string {
  const add = { 'script-src': hashes.scripts, 'style-src': hashes.styles } as Record<string, readonly string[]>;
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .map((directive) => {
      const extra = add[directive.split(/\s+/)[0]!] ?? [];
      return extra.length ? `${directive} ${extra.join(' ')}` : directive;
    })
    .join('; ');
}

/** A page's Content-Security-Policy `<meta>`, with its policy. */
export const metaPolicy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/;

/**
 * A page whose Content-Security-Policy `<meta>` allows exactly its own inline styles and scripts, by hash (any hash it
 * allowed before is dropped). Throws for a page with inline styles or scripts but no `<meta>` to allow them; a page
 * with neither is returned as it is.
 */
export function withPagePolicy(html: string, page: string): string {
  const hashes = inlineHashes(html);
  if (!metaPolicy.test(html)) {
    if (hashes.scripts.length + hashes.styles.length === 0) return html;
    throw new Error(`${page}: inline styles or scripts, but no Content-Security-Policy <meta> to allow them`);
  }
  const policy = (old: string) => policyWithHashes(old.replace(/ 'sha256-[^']*'/g, ''), hashes);
  return html.replace(metaPolicy, (_tag, old: string) => `<meta http-equiv="Content-Security-Policy" content="${policy(old)}">`);
}

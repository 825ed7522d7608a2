/**
 * The text of a piece of HTML, as a reader reads or copies it: no tags, its numeric character references and the
 * named ones HTML escapes with (&amp; &lt; &gt; &quot;) decoded. Pure.
 */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name]!);
}

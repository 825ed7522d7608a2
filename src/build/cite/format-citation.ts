import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { accessDate } from '../../core/access-date.ts';
import { htmlText } from '../../core/html-text.ts';
import type { Locale } from '../../core/locale.ts';
import { siteWords } from '../../data/site-words.ts';
import { citationStyles, type CitationStyle } from './citation-styles.ts';
import { buildContext, cslItem, placeholderAccessed, type CitationContext } from './csl-item.ts';
import type { CitationInput } from './citation-input.ts';

/** A citation in one style: as HTML (titles in `<i>`) and as plain text. */
export interface FormattedCitation {
  /** Safe to print as HTML: only `<i>` and `<b>`. */
  readonly html: string;
  readonly text: string;
  /** Whether it holds the access-date placeholder, for the copy button to fill in. */
  readonly accessed: boolean;
}

/**
 * What a citation shows where the reader's access date goes, in its edition's words ("[date]", "[дата]": `copy.date`).
 * Without scripting it stays, for the reader to fill in: the day the site was built is not the day anyone read it. The
 * copy button (src/components/share/copy-text.ts) replaces it with the day of copying, in the style's form, which
 * <Citation> marks on the citation's element (`data-accessed="mla"`: "5 Dec. 2026"; src/core/access-date.ts). It is
 * plain text, not an element of its own: a chapter prints dozens.
 */
export const accessedPlaceholder = (locale: Locale): string => siteWords(locale)['copy.date'];

const templates = plugins.config.get('@csl').templates;
for (const style of citationStyles) templates.add(style.template, style.csl);

const memo = new Map<string, FormattedCitation>();

/**
 * A chapter's or a step's citation in one of the site's styles, formatted by citeproc-js with its CSL style (the
 * official one, or the site's own for GOST; src/build/cite/styles/).
 */
export function formatCitation(
  name: CitationStyle,
  input: CitationInput,
  context: CitationContext = buildContext(input.locale),
): FormattedCitation {
  const key = JSON.stringify([name, input, context]);
  const known = memo.get(key);
  if (known) return known;
  const style = citationStyles.find((s) => s.name === name)!;
  if (!templates.has(style.template)) throw new Error(`citation: the CSL style ${style.template} is not registered`);
  // The item is CSL-JSON already, so it goes straight to the CSL output plugin, without a `Cite` to parse it again.
  const options = { template: style.template, lang: 'en-US', format: 'html', asEntryArray: true };
  const entries = plugins.output.format('bibliography', [cslItem(input, context)], options) as unknown;
  const entry = (entries as [id: string, html: string][])[0]?.[1] ?? '';
  const html = /^\s*<div[^>]*>([\s\S]*)<\/div>\s*$/.exec(entry)?.[1]?.trim();
  if (!html) throw new Error(`citation: citeproc gave no ${name} entry for "${input.title}"`);
  const text = htmlText(html);

  // The placeholder access date, found where the style prints it, or added as the last element where the site adds it.
  const sentinel = accessDate(placeholderAccessed, style.accessed);
  const placeholder = accessedPlaceholder(input.locale);
  const add = (citation: string) =>
    citation.includes(sentinel)
      ? citation.replace(sentinel, placeholder)
      : style.addAccessed
        ? `${citation} Accessed ${placeholder}.`
        : citation;
  const dated = add(text);
  const formatted = { html: add(html), text: dated, accessed: dated.includes(placeholder) };

  const unexpected = formatted.html.replace(/<\/?(?:i|b)>/g, '').match(/<[^>]*>/);
  if (unexpected)
    throw new Error(`citation: the ${name} citation of "${input.title}" has markup the site does not allow: ${unexpected[0]}`);
  if (formatted.text.includes(String(placeholderAccessed.getFullYear()))) {
    throw new Error(`citation: the ${name} citation of "${input.title}" prints the access date in a form the copy button does not know`);
  }
  memo.set(key, formatted);
  return formatted;
}

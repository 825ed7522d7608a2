import { publisher } from '../../core/publisher.ts';
import { fill } from '../../core/fill.ts';
import { siteWords } from '../../data/site-words.ts';
import type { Frame, SizeName } from '../../frame/frame.ts';
import { frameKey, type KeyEntry } from './frame-key.ts';
import type { KitStep } from './kit-steps.ts';
import { contentLicence } from './licence.ts';

/** What an embedded step prints around its graphic, as the page renders it and its height is measured. */
export interface EmbedContent {
  /** The step's own heading, as its frame draws it ("Monthly reach, December 2025"): the page's title and the iframe's. */
  readonly heading: string;
  /** The step's alt text, as the figure's caption. */
  readonly caption: string;
  /** "Sources: Reuters and TASS", then a link to all sources, then "As of 14 April 2026". */
  readonly sources: { readonly line: string; readonly all: string; readonly asOf: string };
  /** The credit: the licence, the site, the step it links back to, and who publishes it. */
  readonly credit: { readonly licence: string; readonly site: string; readonly step: string; readonly publisher: string };
  /** What the graphic's hollow and grey marks mean, where it draws any (frameKey of its wide layout); else empty. */
  readonly key: readonly KeyEntry[];
  /** The sizes of the step's two layouts. */
  readonly frames: Readonly<Record<SizeName, Pick<Frame, 'width' | 'height'>>>;
}

/** The text of a frame's heading: its `chart-heading` marks in order, or undefined when it draws none. */
export function frameHeading(frame: Frame): string | undefined {
  const parts = frame.marks.filter((m) => /(^|\s)chart-heading(\s|$)/.test(String(m.attrs.class ?? '')) && m.text).map((m) => m.text!);
  return parts.length ? parts.join(' ') : undefined;
}

/** What the embed page of `step` prints, in the language of the step's chapter. */
export function embedContent(step: KitStep): EmbedContent {
  const { order, title } = step.chapter.entry.data;
  const { locale } = step.chapter;
  const words = siteWords(locale);
  return {
    heading: frameHeading(step.frames.wide) ?? step.chart.words[locale].title,
    caption: step.alt,
    sources: { line: step.sourceLine, all: words['embed.allSources'], asOf: fill(words['embed.asOf'], { date: step.asOfText }) },
    credit: {
      licence: contentLicence.name,
      site: words['site.name'],
      step: fill(words['embed.step'], { number: step.number, order, title }),
      publisher: fill(words['embed.publisher'], { name: publisher.name }),
    },
    key: frameKey(step.frames.wide, locale),
    frames: step.frames,
  };
}

/**
 * The lines below the caption as plain text, as a reader (and the height's measure) sees them: the key, where there
 * is one (each swatch counted as two letters), the sources and the credit.
 */
export function embedLines(content: Pick<EmbedContent, 'sources' | 'credit' | 'key'>): {
  readonly key: string;
  readonly sources: string;
  readonly credit: string;
} {
  const { sources, credit, key } = content;
  return {
    key: key.map((entry) => `xx ${entry.label}`).join(' · '),
    sources: `${sources.line} (${sources.all}) · ${sources.asOf}`,
    credit: [credit.licence, credit.site, credit.step, credit.publisher].join(' · '),
  };
}

import type { Frame, Mark } from '../../frame/frame.ts';
import { defaultLocale, type Locale } from '../../core/locale.ts';
import { siteWords } from '../../data/site-words.ts';

/** The looks a key explains, in the order it lists them. */
export const keyLooks = ['hollow-bar', 'hollow-dot', 'grey-bar', 'grey-dot'] as const;
export type KeyLook = (typeof keyLooks)[number];

/** One entry of a graphic's key: a sample of the marks it explains, and what they mean. */
export interface KeyEntry {
  readonly look: KeyLook;
  /** What the look means, worded as the site's tables and legends word it: "Hollow bar: reported, from a secondary source". */
  readonly label: string;
  /**
   * A mark of the frame that has this look (its element and classes), to draw as the entry's swatch: a download
   * resolves its classes with the chart's styles, a page draws it with its own CSS.
   */
  readonly sample: { readonly kind: 'rect' | 'circle'; readonly class: string };
}

/**
 * The looks one mark shows: hollow, grey or both, as a bar (rect) or a dot (circle); none for any other mark. A bar is
 * hollow when its figure is known only from a secondary report (`is-reported`, the user-shares chart and its table's
 * "Reported, from a secondary source"); a circle is hollow when its event rests on reports only (the timeline's
 * "Reported, not officially confirmed"). A bar or circle turns grey when a step picks out others (`tone-muted`,
 * `is-muted`: the state's `highlight` or `emphasis`). What each look means is a site word, `key.<look>`.
 */
function looksOf(mark: Mark): KeyLook[] {
  const shape = mark.kind === 'rect' ? 'bar' : mark.kind === 'circle' ? 'dot' : undefined;
  if (!shape) return [];
  const classes = new Set(String(mark.attrs.class ?? '').split(/\s+/));
  const looks: KeyLook[] = [];
  if (classes.has('is-reported')) looks.push(`hollow-${shape}`);
  if (classes.has('is-muted') || classes.has('tone-muted')) looks.push(`grey-${shape}`);
  return looks;
}

/** A frame's own legend (marks keyed `legend:…`), which explains its looks already. */
const isLegend = (mark: Mark) => mark.key.startsWith('legend:');

/**
 * The key a graphic needs: one entry for each look its marks show (hollow bars, hollow circles, grey bars, grey
 * circles), and none for a look the frame does not draw or already explains in its own legend (the timeline's
 * "Hollow: reported, not officially confirmed"), in `locale`'s words (`key.<look>`); downloads and embeds draw it
 * under the graphic.
 */
export function frameKey(frame: Frame, locale: Locale = defaultLocale): KeyEntry[] {
  const words = siteWords(locale);
  const explained = new Set(frame.marks.filter(isLegend).flatMap(looksOf));
  const samples = new Map<KeyLook, Mark>();
  for (const mark of frame.marks) {
    if (isLegend(mark)) continue;
    const looks = looksOf(mark);
    for (const look of looks) {
      // The plainest sample wins: a hollow bar that is not also grey, a grey circle that is not also hollow.
      const held = samples.get(look);
      if (!held || (looksOf(held).length > 1 && looks.length === 1)) samples.set(look, mark);
    }
  }
  return keyLooks
    .filter((look) => samples.has(look) && !explained.has(look))
    .map((look) => {
      const mark = samples.get(look)!;
      return { look, label: words[`key.${look}`], sample: { kind: mark.kind as 'rect' | 'circle', class: String(mark.attrs.class ?? '') } };
    });
}

import { formatMonth, formatReach } from '../../core/format.ts';
import { palettes, platformColour } from '../../core/tokens.ts';
import { reachSourceLine } from '../../data/source-credit.ts';
import type { Datasets } from '../../data/load-datasets.ts';
import type { CardBar } from './social-card.ts';
import { fill } from '../../core/fill.ts';
import { words } from '../../charts/user-shares/words.ts';
import { defaultLocale, type Locale } from '../../core/locale.ts';

/**
 * The figures a social card draws: every monthly-reach record for `period`, largest first, labelled exactly as the
 * charts label them in `locale`, with a caption naming the month and the outlets. Throws when the month has no figures.
 */
export function cardBars(
  data: Pick<Datasets, 'audience' | 'platforms' | 'sources'>,
  period: string,
  locale: Locale = defaultLocale,
): { bars: CardBar[]; barsCaption: string } {
  const figures = data.audience.filter((r) => r.period === period).sort((a, b) => b.reach - a.reach);
  if (figures.length === 0) throw new Error(`social cards: no reach figures for ${period} in audience.json`);
  const name = (id: string) => data.platforms.find((p) => p.id === id)?.name ?? id;
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  return {
    bars: figures.map((r) => ({
      label: `${name(r.platform)} ${formatReach(r, locale)}`,
      value: r.reach,
      fill: palettes.light[platformColour(r.platform)],
    })),
    barsCaption: `${fill(words[locale].heading, { month: formatMonth(period, locale) })}. ${reachSourceLine(figures, sources, name, words[locale], locale)}`,
  };
}

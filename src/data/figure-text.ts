import { formatEventDate, formatMonth } from '../charts/format.ts';
import { unitsFor } from '../charts/population-coverage/units.ts';
import type { Datasets } from './load-datasets.ts';
import type { AudienceRecord, Claim, PopulationRecord, Quote } from './schemas.ts';

/**
 * Figures in words, printed from the data so that a sentence can never drift from its record. The prose components
 * (`<Reach>`, `<Population>`, `<EventDate>`, `<Claim>`, `<Quote>`) and the `{…}` placeholders in front matter and
 * step `alt` texts all print through these functions.
 */

/** A reach figure as a sentence says it: "97.3 million", "more than 97 million", "about 42 million". */
export function reachText(record: Pick<AudienceRecord, 'reach' | 'qualifier'>): string {
  const prefix = record.qualifier === 'more-than' ? 'more than ' : record.qualifier === 'about' ? 'about ' : '';
  return `${prefix}${record.reach} million`;
}

/** The one reach record for a platform and month, or an error that lists the months the data has for it. */
export function findReach(data: Pick<Datasets, 'audience'>, platform: string, period: string): AudienceRecord {
  const record = data.audience.find((r) => r.platform === platform && r.period === period);
  if (record) return record;
  const months = data.audience.filter((r) => r.platform === platform).map((r) => r.period);
  throw new Error(
    months.length
      ? `no reach figure for platform "${platform}" in ${period}; audience.json has it for ${months.join(', ')}`
      : `no reach figure for platform "${platform}" in audience.json`,
  );
}

/** How a population figure is printed: the exact count, "about 146 million", or the number of one-million squares. */
export type PopulationFormat = 'exact' | 'millions' | 'squares';

/** Russia's population as a sentence says it. */
export function populationText(record: Pick<PopulationRecord, 'value'>, as: PopulationFormat = 'exact'): string {
  if (as === 'squares') return String(unitsFor(record.value));
  if (as === 'millions') return `about ${Math.round(record.value / 1_000_000)} million`;
  return record.value.toLocaleString('en');
}

/** The population record the site measures against: the latest count. */
export function currentPopulation(data: Pick<Datasets, 'population'>): PopulationRecord {
  const latest = [...data.population].sort((a, b) => b.date.localeCompare(a.date))[0];
  if (!latest) throw new Error('population.json holds no record');
  return latest;
}

/** A claim's figure with what it counts: "over 100 million". */
export function claimText(claim: Pick<Claim, 'value'>): string {
  return claim.value;
}

/** A date as the attribution line says it: "13 August 2025", "about 12 February 2026", "March 2019". */
export function approximateDate(date: string, approximate = false): string {
  return `${approximate ? 'about ' : ''}${formatEventDate(date)}`;
}

/** The attribution under a quote: "Sergei Boyarsky, chair of …, 10 June 2025 (Interfax's English report)". */
export function quoteAttribution(quote: Quote): string {
  const who = quote.role ? `${quote.speaker}, ${quote.role}` : quote.speaker;
  const note = quote.translation ? ` (${quote.translation})` : '';
  return `${who}, ${approximateDate(quote.date, quote.dateApproximate)}${note}`;
}

/** A placeholder in front matter or an `alt` text: `{reach:whatsapp:2025-07}`, `{population:millions}`, `{date:E32}`. */
const placeholder = /\{(reach|squares|population|date|month|claim):?([^{}]*)\}/g;

/**
 * Replaces every placeholder in `text` with its figure from the data:
 * `{reach:PLATFORM:YYYY-MM}` → "97.3 million"; `{squares:PLATFORM:YYYY-MM}` → "97" (one-million squares);
 * `{population}` → "146,028,325", `{population:millions}` → "about 146 million", `{population:squares}` → "146";
 * `{date:E32}` → "13 August 2025"; `{month:2025-07}` → "July 2025"; `{claim:ID}` → the claimed figure.
 * Throws, naming the placeholder, when it is unknown or the data has no such record.
 */
export function resolvePlaceholders(text: string, data: Pick<Datasets, 'audience' | 'population' | 'events' | 'claims'>): string {
  return text.replace(placeholder, (whole, kind: string, arg: string) => {
    const [a = '', b = ''] = arg.split(':');
    try {
      switch (kind) {
        case 'reach':
          return reachText(findReach(data, a, b));
        case 'squares':
          return String(unitsFor(findReach(data, a, b).reach * 1_000_000));
        case 'population':
          return populationText(currentPopulation(data), (a || 'exact') as PopulationFormat);
        case 'month':
          return formatMonth(a);
        case 'date': {
          const event = data.events.find((e) => e.id === a);
          if (!event) throw new Error(`no event "${a}" in events.json`);
          return formatEventDate(event.date, event.until);
        }
        default: {
          const claim = data.claims.find((c) => c.id === a);
          if (!claim) throw new Error(`no claim "${a}" in claims.json`);
          return claimText(claim);
        }
      }
    } catch (error) {
      throw new Error(`${whole}: ${(error as Error).message}`);
    }
  });
}

/**
 * A reach-like figure typed by hand ("97.3 million", "90.8 M", "70 million"), or undefined. Figures must be printed
 * from the data instead, so a maintainer who corrects a record corrects every sentence that states it.
 */
export function handTypedFigure(text: string): string | undefined {
  return text.replace(placeholder, '').match(/(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:million|M)\b/)?.[0];
}

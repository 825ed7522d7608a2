import { formatEventDate } from '../../core/format.ts';
import type { Locale } from '../../core/locale.ts';
import { currentTo } from '../../data/current-to.ts';
import { datasetsIn } from '../../data/datasets-in.ts';
import { claimText, currentPopulation, findClaim } from '../../data/figure-text.ts';
import type { Datasets } from '../../data/load-datasets.ts';

/**
 * The figures the About page states (src/pages/about.astro and its Russian twin), as its edition writes them: the date
 * the story is current to, the population count (with what it leaves out) and its date, and the two Mediascope claims
 * it discusses, each with the source its citation links.
 */
export function aboutFacts(english: Datasets, locale: Locale) {
  const datasets = datasetsIn(english, locale);
  const population = currentPopulation(datasets);
  const whatsappAlt = findClaim(datasets, 'whatsapp-reach-alt-2025-08');
  const ages = findClaim(datasets, 'mediascope-cross-web-ages');
  return {
    asOf: formatEventDate(currentTo(datasets), undefined, {}, locale),
    population: {
      excludes: population.excludes,
      date: formatEventDate(population.date, undefined, {}, locale),
      source: population.sources[0]!,
    },
    whatsappAlt: { text: claimText(whatsappAlt, 'value', locale), source: whatsappAlt.sources[0]! },
    ages: { text: claimText(ages, 'value', locale), source: ages.sources[0]! },
  };
}

import type { Locale } from '../core/locale.ts';
import type { SourceLineWords } from '../data/source-credit.ts';

/** The words of a Mediascope source line in each language, for every chart that prints one (its words.ts spreads them). */
export const sourceLineWords: Readonly<Record<Locale, SourceLineWords>> = {
  en: {
    sourceLine: 'Source: {measured}, via {outlets}',
    measuredBy: 'Mediascope',
    measuredByAnalyst: 'Mediascope data analysed by {analysts}',
    reportedVia: '{publisher} (as reported by {via})',
  },
  ru: {
    sourceLine: 'Источник: {measured}, через {outlets}',
    measuredBy: 'Mediascope',
    measuredByAnalyst: 'данные Mediascope в обработке {analysts}',
    reportedVia: '{publisher} (по сообщению издания {via})',
  },
};

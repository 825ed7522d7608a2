import type { Chart, ColumnDoc } from '../../charts/chart.ts';
import { languageNames, type Locale } from '../../core/locale.ts';

/** A chart's downloadable columns in one language: each one's header, and its entry in the data dictionary. */
export interface ChartColumns {
  /** Each column's header in the language, by the column's name (in English, the name itself), in column order. */
  readonly headers: Readonly<Record<string, string>>;
  readonly dictionary: Readonly<Record<string, ColumnDoc>>;
}

/**
 * A chart's columns in `locale`, from its words (`csv.<column>`, `csv.<column>.meaning`, and a number's
 * `csv.<column>.unit`: chart.ts). Throws, naming the chart, the language and the key, when a column has no words.
 */
export function chartColumns(chart: Pick<Chart<unknown, unknown>, 'name' | 'words' | 'export'>, locale: Locale): ChartColumns {
  const words: Readonly<Record<string, string>> = chart.words[locale];
  const word = (key: string) => {
    const text = words[key];
    if (!text)
      throw new Error(`chart "${chart.name}": its ${languageNames[locale]} words (words.ts) have no "${key}" for its data download`);
    return text;
  };
  const headers: Record<string, string> = {};
  const dictionary: Record<string, ColumnDoc> = {};
  for (const [column, type] of Object.entries(chart.export.columns)) {
    headers[column] = word(`csv.${column}`);
    // The English header is the column's own name, which the English files have always used.
    if (locale === 'en' && headers[column] !== column)
      throw new Error(`chart "${chart.name}": its English word "csv.${column}" must be the column's name, "${column}"`);
    const twice = Object.keys(headers).find((other) => other !== column && headers[other] === headers[column]);
    if (twice)
      throw new Error(
        `chart "${chart.name}": its ${languageNames[locale]} headers of "${twice}" and "${column}" are both "${headers[column]}"`,
      );
    const unit = words[`csv.${column}.unit`];
    dictionary[column] = { type, meaning: word(`csv.${column}.meaning`), ...(unit ? { unit } : {}) };
  }
  return { headers, dictionary };
}

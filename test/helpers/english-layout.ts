import { chartText, type ChartText, type ChartWords } from '../../src/charts/chart-words.ts';
import type { Size } from '../../src/frame/frame.ts';

/**
 * A chart's layout in English, keeping room for English words alone: the tests of one chart's geometry read it in one
 * language. The site keeps room for every language's words, which draws today's frames the same.
 */
export function inEnglish<Data, State, Key extends string, Result>(
  layout: (data: Data, state: State, size: Size, text: ChartText<Key>) => Result,
  words: ChartWords<Key>,
): (data: Data, state: State, size: Size) => Result {
  const text = chartText(words, 'en');
  return (data, state, size) => layout(data, state, size, text);
}

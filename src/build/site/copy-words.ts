import type { CopyWords } from '../../core/copy-words.ts';
import type { Locale } from '../../core/locale.ts';
import { siteWords } from '../../data/site-words.ts';

/** <copy-text>'s words in `locale`, as its `data-words` attribute carries them to the browser. */
export function copyWordsAttribute(locale: Locale): string {
  const words = siteWords(locale);
  const copy: CopyWords = {
    button: words['copy.button'],
    label: words['copy.label'],
    link: words['copy.link'],
    done: words['copy.done'],
    selected: words['copy.selected'],
    date: words['copy.date'],
  };
  return JSON.stringify(copy);
}

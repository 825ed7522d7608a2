/**
 * A step's one-line summary for the handout: the first sentence of what its graphic shows (its alt text, printed from
 * the data), shortened when longer than `max` characters. A cut falls only between words, never inside a figure or a
 * date (words with a digit, months, "million", number words) nor right after a number, so that a figure is printed
 * whole, with what it counts, or not at all; never inside parentheses or quotes, and never after a dangling "of" or
 * "and". It ends with an ellipsis. When no cut is allowed, the sentence is kept whole. Russian text follows the same
 * rules, with its own months, number words and short words ("13 августа 2025 г.", "97,3 млн", "и", "в").
 */
export function stepSummary(text: string, max = 100): string {
  // Only line breaks and spaces are folded: a no-break space ("97,3\u00a0млн", "13\u00a0августа") stays, and no cut falls there.
  const sentence = firstSentence(text.replace(/[ \t\n\r]+/g, ' ').trim());
  if (sentence.length <= max) return sentence;
  const words = sentence.split(' ');
  // The longest run of whole words, ending at an allowed cut, that fits with its ellipsis.
  for (let end = words.length - 1; end > 0; end--) {
    const text = trimEnd(words.slice(0, end).join(' '));
    const kept = text.split(' ').length;
    if (!text || text.length + 1 > max || unclosed(text)) continue;
    if (splitsFigure(words[kept - 1]!, words[kept]!)) continue;
    return `${text}…`;
  }
  return sentence;
}

/**
 * The first sentence: up to the first ".", "!" or "?" that ends a word and is followed by a capital or the end; not the
 * full stop of a year's "г." or "гг." ("в июле 2025 г. WhatsApp…").
 */
function firstSentence(text: string): string {
  const match = /^.*?(?<![\s\u00a0]гг?(?=\.))[.!?][)”’"»]?(?=\s+[A-ZА-ЯЁ“‘"(«]|$)/.exec(text);
  return match ? match[0] : text;
}

const months = new Set('january february march april may june july august september october november december'.split(' '));
/** A Russian month, in any case ("июль", "июля", "в мае"). */
const russianMonth = /^(?:январ|феврал|март|апрел|ма[йяе]$|июн|июл|август|сентябр|октябр|ноябр|декабр)/;
/** Numbers in words that count something named after them ("one event", "three bars"). */
const counts = new Set(
  [
    'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred dozen',
    'один одна одно два две три четыре пять шесть семь восемь девять десять двадцать тридцать сорок пятьдесят сто',
  ]
    .join(' ')
    .split(' '),
);
/** Words that make up a figure besides its digits. */
const numberWords = new Set([
  ...counts,
  ...'hundreds thousand thousands million millions billion billions trillion undecillion half halves third thirds quarter quarters dozens per cent percent'.split(
    ' ',
  ),
  // "97,3 млн", "2025 г.", "половина", "треть".
  ...'тыс млн млрд трлн г гг половина половины треть трети четверть процент процента процентов'.split(' '),
]);

/** A word without the punctuation around it, in lower case: "(16," → "16". */
const bareWord = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * Whether a cut between these two words would split a figure or a date ("97.3 | million", "13 August | 2025"), or
 * leave a number without what follows it ("97 | of the", "the 146 | squares"). A figure closed by punctuation
 * ("(2012),") may end the text, and a figure after the cut is left out whole.
 */
function splitsFigure(before: string, after: string): boolean {
  return (
    (isFigure(before) && isFigure(after)) ||
    /\d$/.test(before) ||
    bareWord(before)
      .split(/[-–]/)
      .some((part) => counts.has(part))
  );
}

/** A word that is, or belongs to, a figure or a date: "97.3", "2025", "(16", "August", "million", "two-thirds". */
function isFigure(word: string): boolean {
  const bare = bareWord(word);
  if (/\d/.test(word) || /[%‰]/.test(word)) return true;
  return months.has(bare) || russianMonth.test(bare) || bare.split(/[-–]/).some((part) => numberWords.has(part));
}

/** A cut that would leave a parenthesis or quotation open. */
function unclosed(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/\(/g) > count(/\)/g) || count(/“/g) > count(/”/g) || count(/«/g) > count(/»/g) || count(/"/g) % 2 === 1;
}

const dangling = new Set(
  [
    'a an the of and or but to in on at by with for from as than that which while who whose its their',
    'и а но или в во на с со к ко о об у по за из от до для при что как который которые их его её',
  ]
    .join(' ')
    .split(' '),
);

/** The kept words without trailing punctuation or a dangling short word ("of", "and", "the"). */
function trimEnd(text: string): string {
  let words = text.replace(/[\s,;:–—-]+$/, '').split(' ');
  while (words.length > 1 && dangling.has(words.at(-1)!.toLowerCase())) words = words.slice(0, -1);
  return words.join(' ').replace(/[\s,;:–—-]+$/, '');
}

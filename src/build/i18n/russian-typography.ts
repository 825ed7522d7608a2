import { nbsp } from '../../core/locale.ts';

/**
 * The rules of Russian typography the Russian edition follows (issue 25), as a lint over the text a reader sees. Each
 * finding names its rule and quotes the text around the mistake, so that a maintainer can find it.
 *
 * - Quotes are «» outside and „“ inside, in pairs: never "straight", “English” or ‘single’ ones. An apostrophe
 *   between letters (O’Reilly, Russia’s) is not a quote.
 * - A figure has a decimal comma: "97,3 млн", never "97.3 млн" (article numbers such as "ст. 15.1" and dates such as
 *   "01.11.2019" are not figures).
 * - A four-digit number, a year above all, is never grouped: "2025", never "2 025".
 * - A dash, not a hyphen, between words, with a no-break space before it: "2025 г. – 2026".
 * - A day and its month, a month and its year, a year and "г." or "гг.", a number and its unit are joined by no-break
 *   spaces: "13 августа 2025 г.", "июль 2025", "97,3 млн".
 */
export interface TypographyFinding {
  readonly rule: string;
  /** The text around the mistake, with no-break spaces shown as "⍽". */
  readonly at: string;
}

/** Russian letters, for word boundaries (JavaScript's `\b` knows ASCII letters only). */
const letter = 'а-яёА-ЯЁ';
const genitive = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
const nominative = 'январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь';
const short = 'янв\\.|февр\\.|апр\\.|авг\\.|сент\\.|окт\\.|нояб\\.|дек\\.';
/** A plain (breaking) space: where a no-break space belongs, this is the mistake. */
const plain = '[ \\t\\n]';

const patterns: readonly { rule: string; pattern: RegExp }[] = [
  { rule: 'quotes are «» outside and „“ inside, never straight ones', pattern: /"/g },
  { rule: 'a decimal comma in a figure', pattern: new RegExp(`\\d\\.\\d+(?=[ \\u00a0]?(?:млн|млрд|тыс|%|процент))`, 'g') },
  { rule: 'a four-digit number is never grouped', pattern: /(?<![\d,.])\d[ \u00a0\u202f]\d{3}(?!\d|[ \u00a0\u202f]\d{3})/g },
  { rule: 'a dash, not a hyphen, between words', pattern: /(?<=\S) - (?=\S)/g },
  { rule: 'a no-break space before a dash', pattern: /\S[ \t][–—]/g },
  {
    rule: 'a no-break space between a day and its month',
    pattern: new RegExp(`(?<!\\d)\\d{1,2}${plain}(?:${genitive})(?![${letter}])`, 'g'),
  },
  {
    rule: 'a no-break space between a month and its year',
    pattern: new RegExp(`(?<![${letter}])(?:${genitive}|${nominative}|${short})${plain}\\d{4}(?!\\d)`, 'g'),
  },
  { rule: 'a no-break space between a year and "г."', pattern: new RegExp(`\\d{4}${plain}гг?\\.`, 'g') },
  { rule: 'one full stop after "г." at the end of a sentence', pattern: /\sгг?\.\./g },
  { rule: 'a no-break space between a number and its unit', pattern: new RegExp(`\\d${plain}(?:млн|млрд|тыс\\.|%)(?![${letter}])`, 'g') },
];

const quoteRule = 'quotes are «» outside and „“ inside, in pairs, never English or single ones';

/** Where the quotation marks of `text` break the pairs: « … », and „ … “ inside them. */
function quoteMistakes(text: string): number[] {
  const found: number[] = [];
  const open: { mark: string; at: number }[] = [];
  const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);
  for (let at = 0; at < text.length; at++) {
    const mark = text[at]!;
    if (mark === '«') open.push({ mark, at });
    else if (mark === '„') {
      if (open.at(-1)?.mark !== '«') found.push(at);
      open.push({ mark, at });
    } else if (mark === '»' || mark === '“') {
      const opener = mark === '»' ? '«' : '„';
      if (open.at(-1)?.mark === opener) open.pop();
      else found.push(at);
    } else if (mark === '”' || mark === '‘' || (mark === '’' && !(isLetter(text[at - 1]) && isLetter(text[at + 1])))) {
      found.push(at);
    }
  }
  return [...found, ...open.map((quote) => quote.at)].sort((a, b) => a - b);
}

/** Where `text`, which a Russian page shows, breaks the rules above. Web and e-mail addresses are left alone. */
export function russianTypography(text: string): TypographyFinding[] {
  // Blanked out, not removed, so that every index still points into `text`.
  const prose = text.replace(/\b(?:https?:\/\/|www\.)\S+|\S+@\S+/g, (address) => ' '.repeat(address.length));
  const around = (index: number, length: number) => text.slice(Math.max(0, index - 15), index + length + 15).replaceAll(nbsp, '⍽');
  return [
    ...quoteMistakes(prose).map((index) => ({ rule: quoteRule, at: around(index, 1) })),
    ...patterns.flatMap(({ rule, pattern }) =>
      [...prose.matchAll(pattern)].map((match) => ({ rule, at: around(match.index, match[0].length) })),
    ),
  ];
}
